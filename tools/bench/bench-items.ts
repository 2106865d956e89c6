/**
 * The framework items the bench district scores with: four per (track, direction), so an entry picks
 * its item with one random slot 0–3. Points are whole numbers within ±1..10. One veto item (一票否决,
 * slot 4 of the credit penalties) is given to one entry in VETO_EVERY.
 */
export const VETO_EVERY = 9973;

export interface BenchItem {
  code: string;
  name: string;
  category: string;
  track: 'CREDIT' | 'ROLE_DUTY';
  positive: boolean;
  subjectTypes: string[];
  veto?: boolean;
}

const KEY = ['PARTY_MEMBER', 'REPRESENTATIVE'];
const EVERYONE = ['VILLAGER', 'PARTY_MEMBER', 'REPRESENTATIVE'];

export const BENCH_ITEMS: BenchItem[] = [
  {
    code: 'C01',
    name: '参加志愿服务',
    category: 'PUBLIC_WELFARE',
    track: 'CREDIT',
    positive: true,
    subjectTypes: EVERYONE,
  },
  {
    code: 'C02',
    name: '调解邻里纠纷',
    category: 'CIVIC_VIRTUE',
    track: 'CREDIT',
    positive: true,
    subjectTypes: EVERYONE,
  },
  {
    code: 'C03',
    name: '庭院环境整洁',
    category: 'CIVILISED_PRACTICE',
    track: 'CREDIT',
    positive: true,
    subjectTypes: EVERYONE,
  },
  {
    code: 'C04',
    name: '移风易俗表率',
    category: 'CIVILISED_PRACTICE',
    track: 'CREDIT',
    positive: true,
    subjectTypes: EVERYONE,
  },
  {
    code: 'N01',
    name: '乱堆乱放',
    category: 'CIVILISED_PRACTICE',
    track: 'CREDIT',
    positive: false,
    subjectTypes: EVERYONE,
  },
  {
    code: 'N02',
    name: '违规焚烧秸秆',
    category: 'CIVIC_VIRTUE',
    track: 'CREDIT',
    positive: false,
    subjectTypes: EVERYONE,
  },
  {
    code: 'N03',
    name: '不赡养老人',
    category: 'CIVIC_VIRTUE',
    track: 'CREDIT',
    positive: false,
    subjectTypes: EVERYONE,
  },
  {
    code: 'N04',
    name: '高价彩礼',
    category: 'CIVILISED_PRACTICE',
    track: 'CREDIT',
    positive: false,
    subjectTypes: EVERYONE,
  },
  {
    code: 'V01',
    name: '参与赌博',
    category: 'CIVIC_VIRTUE',
    track: 'CREDIT',
    positive: false,
    subjectTypes: EVERYONE,
    veto: true,
  },
  {
    code: 'R01',
    name: '按时参加组织生活',
    category: 'DUTIES',
    track: 'ROLE_DUTY',
    positive: true,
    subjectTypes: KEY,
  },
  {
    code: 'R02',
    name: '参加村民代表会议',
    category: 'RESPONSIBILITIES',
    track: 'ROLE_DUTY',
    positive: true,
    subjectTypes: KEY,
  },
  {
    code: 'R03',
    name: '联系群众收集意见',
    category: 'PARTICIPATION',
    track: 'ROLE_DUTY',
    positive: true,
    subjectTypes: KEY,
  },
  {
    code: 'R04',
    name: '带头参与乡村振兴',
    category: 'EXEMPLARY_ROLE',
    track: 'ROLE_DUTY',
    positive: true,
    subjectTypes: KEY,
  },
  {
    code: 'RN1',
    name: '无故缺席会议',
    category: 'DUTIES',
    track: 'ROLE_DUTY',
    positive: false,
    subjectTypes: KEY,
  },
  {
    code: 'RN2',
    name: '未履行联系户职责',
    category: 'RESPONSIBILITIES',
    track: 'ROLE_DUTY',
    positive: false,
    subjectTypes: KEY,
  },
  {
    code: 'RN3',
    name: '不执行村民会议决定',
    category: 'PARTICIPATION',
    track: 'ROLE_DUTY',
    positive: false,
    subjectTypes: KEY,
  },
  {
    code: 'RN4',
    name: '未完成承诺事项',
    category: 'CONTRIBUTION',
    track: 'ROLE_DUTY',
    positive: false,
    subjectTypes: KEY,
  },
];
