/**
 * Demo people of 大泽头村 (4 grids, 12 households, 40 residents) and a few of 侯家庵村. Names and
 * addresses are invented; ID numbers are built from the birth date with a valid GB 11643 check digit
 * (region 371081, the code 文登 had when these people were registered).
 */

export type DemoRole = '党员' | '预备党员' | '村民代表' | '志愿者' | '五老';

export interface DemoResident {
  name: string;
  gender: '男' | '女';
  /** YYYY-MM-DD */
  birth: string;
  roles?: DemoRole[];
  head?: boolean;
  status?: 'MOVED_OUT' | 'STUDENT';
  /** Grid leader (网格长) of the household's grid. */
  gridLeader?: boolean;
  /** The demo login that is this person (`dazetou-resident`, `houjiaan-resident`). */
  login?: string;
}

export interface DemoHousehold {
  code: string;
  address: string;
  grid: string;
  members: DemoResident[];
}

export interface DemoVillagePeople {
  village: string;
  grids: { code: string; name: string }[];
  households: DemoHousehold[];
}

const M = '男';
const F = '女';

export const DEMO_PEOPLE: DemoVillagePeople[] = [
  {
    village: '大泽头村',
    grids: [
      { code: 'G1', name: '第一网格' },
      { code: 'G2', name: '第二网格' },
      { code: 'G3', name: '第三网格' },
      { code: 'G4', name: '第四网格' },
    ],
    households: [
      {
        code: 'DZT001',
        address: '大泽头村前街 1 号',
        grid: 'G1',
        members: [
          { name: '于建国', gender: M, birth: '1962-03-14', roles: ['党员', '五老'], head: true },
          { name: '王秀兰', gender: F, birth: '1964-08-02' },
          { name: '于海涛', gender: M, birth: '1988-11-20', roles: ['志愿者'], gridLeader: true },
        ],
      },
      {
        code: 'DZT002',
        address: '大泽头村前街 5 号',
        grid: 'G1',
        members: [
          { name: '刘志强', gender: M, birth: '1970-05-09', roles: ['村民代表'], head: true },
          { name: '张美玲', gender: F, birth: '1972-01-17' },
          { name: '刘思雨', gender: F, birth: '2005-09-01', status: 'STUDENT' },
        ],
      },
      {
        code: 'DZT003',
        address: '大泽头村前街 9 号',
        grid: 'G1',
        members: [
          { name: '宋德福', gender: M, birth: '1950-12-03', roles: ['党员', '五老'], head: true },
          { name: '林桂芝', gender: F, birth: '1953-04-22' },
          { name: '宋立新', gender: M, birth: '1978-07-30' },
          { name: '宋佳琪', gender: F, birth: '2001-05-05' },
        ],
      },
      {
        code: 'DZT004',
        address: '大泽头村中街 2 号',
        grid: 'G2',
        members: [
          {
            name: '丛培军',
            gender: M,
            birth: '1968-02-11',
            roles: ['党员', '村民代表'],
            head: true,
            gridLeader: true,
          },
          { name: '毕淑芳', gender: F, birth: '1969-10-05', roles: ['志愿者'] },
          { name: '丛晓东', gender: M, birth: '1993-06-18' },
        ],
      },
      {
        code: 'DZT005',
        address: '大泽头村中街 8 号',
        grid: 'G2',
        members: [
          { name: '孙国华', gender: M, birth: '1958-09-27', roles: ['村民代表'], head: true },
          { name: '谷玉梅', gender: F, birth: '1960-03-08' },
          { name: '孙红霞', gender: F, birth: '1985-12-12', roles: ['预备党员', '志愿者'] },
          { name: '孙浩然', gender: M, birth: '2012-04-06' },
        ],
      },
      {
        code: 'DZT006',
        address: '大泽头村中街 15 号',
        grid: 'G2',
        members: [
          { name: '王德胜', gender: M, birth: '1975-01-25', head: true, status: 'MOVED_OUT' },
          { name: '李秀英', gender: F, birth: '1977-06-14', roles: ['志愿者'], login: 'dazetou-resident' },
          { name: '王子涵', gender: F, birth: '2003-02-19' },
        ],
      },
      {
        code: 'DZT007',
        address: '大泽头村后街 3 号',
        grid: 'G3',
        members: [
          { name: '张兆明', gender: M, birth: '1966-08-16', roles: ['党员'], head: true, gridLeader: true },
          { name: '于翠萍', gender: F, birth: '1967-11-29', roles: ['村民代表'] },
          { name: '张磊', gender: M, birth: '1990-03-03' },
        ],
      },
      {
        code: 'DZT008',
        address: '大泽头村后街 10 号',
        grid: 'G3',
        members: [
          { name: '林茂盛', gender: M, birth: '1948-05-21', roles: ['五老'], head: true },
          { name: '宋玉兰', gender: F, birth: '1950-09-09' },
          { name: '林建波', gender: M, birth: '1974-12-24', roles: ['志愿者'] },
          { name: '林晓梅', gender: F, birth: '1976-03-30' },
        ],
      },
      {
        code: 'DZT009',
        address: '大泽头村后街 18 号',
        grid: 'G3',
        members: [
          { name: '毕文斌', gender: M, birth: '1980-04-12', roles: ['党员'], head: true },
          { name: '刘晓燕', gender: F, birth: '1982-07-07' },
          { name: '毕雨萱', gender: F, birth: '2010-10-10' },
        ],
      },
      {
        code: 'DZT010',
        address: '大泽头村东街 4 号',
        grid: 'G4',
        members: [
          {
            name: '谷长青',
            gender: M,
            birth: '1963-02-28',
            roles: ['党员', '村民代表'],
            head: true,
            gridLeader: true,
          },
          { name: '丛丽华', gender: F, birth: '1965-05-15' },
          { name: '谷振宇', gender: M, birth: '1989-08-08' },
          { name: '谷欣然', gender: F, birth: '2016-07-21' },
        ],
      },
      {
        code: 'DZT011',
        address: '大泽头村东街 11 号',
        grid: 'G4',
        members: [
          { name: '孙德海', gender: M, birth: '1972-10-30', head: true },
          { name: '王春燕', gender: F, birth: '1974-03-21', roles: ['党员', '村民代表'] },
          { name: '孙佳怡', gender: F, birth: '1998-01-09', roles: ['志愿者'] },
        ],
      },
      {
        code: 'DZT012',
        address: '大泽头村东街 20 号',
        grid: 'G4',
        members: [
          { name: '于成龙', gender: M, birth: '1984-06-26', head: true },
          { name: '张静', gender: F, birth: '1986-09-13' },
          { name: '于梓轩', gender: M, birth: '2014-11-02' },
        ],
      },
    ],
  },
  {
    village: '侯家庵村',
    grids: [{ code: 'G1', name: '第一网格' }],
    households: [
      {
        code: 'HJA001',
        address: '侯家庵村南街 6 号',
        grid: 'G1',
        members: [
          { name: '侯振东', gender: M, birth: '1965-04-04', roles: ['党员'], head: true, gridLeader: true },
          { name: '曲秀芹', gender: F, birth: '1967-07-19' },
        ],
      },
      {
        code: 'HJA002',
        address: '侯家庵村北街 2 号',
        grid: 'G1',
        members: [
          { name: '侯立平', gender: M, birth: '1979-12-01', roles: ['村民代表'], head: true },
          { name: '姜红梅', gender: F, birth: '1981-02-14', login: 'houjiaan-resident' },
        ],
      },
    ],
  },
];

/** When the demo roles began (the current 村委 term for representatives). */
export const DEMO_ROLE_DATES = {
  villagerSince: '2024-01-01',
  partySince: '2008-07-01',
  probationarySince: '2025-07-01',
  representativeSince: '2024-01-01',
  representativeTermEnd: '2028-12-31',
  volunteerSince: '2023-03-05',
  elderSince: '2022-01-01',
};
