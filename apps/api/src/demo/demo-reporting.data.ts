import { HonourLevel, MeetingType, OutcomeKind } from '@village/reporting';

/**
 * The demo's meetings, volunteer activities and outcome records (issue 14, seeded by
 * seed-demo-reporting.ts), so the dashboards show the seed article's kinds of figures at once:
 * attendance up on last year, activities and person-times, historical problems resolved, costs saved
 * (大泽头村 this year 185,000 yuan), complaints down on last year, collective honours.
 *
 * Meetings register no points (no list items set), so the demo's scores are what demo-activity.data.ts
 * says; activities propose their hours under P01 and the council approves them the same day — only
 * this year in 侯家庵村 and only for residents whose demo scores no walkthrough depends on.
 */

export interface DemoMeeting {
  type: MeetingType;
  /** Month and day. */
  on: string;
  title: string;
}

/** Who is marked absent or excused: the i-th expected attendee of the n-th meeting, by a stride. */
export interface AttendancePattern {
  excusedEvery: number;
  absentEvery: number;
}

const quarterly = (type: MeetingType, months: number[], day: string, title: (q: number) => string) =>
  months.map((m, i) => ({ type, on: `${String(m).padStart(2, '0')}-${day}`, title: title(i + 1) }));

export const DEMO_MEETINGS: DemoMeeting[] = [
  ...quarterly(MeetingType.PARTY_GENERAL, [3, 6, 9, 12], '08', (q) => `第${q}季度支部党员大会`),
  ...quarterly(MeetingType.PARTY_LECTURE, [2, 5, 8, 11], '12', (q) => `第${q}次党课`),
  ...quarterly(MeetingType.REPRESENTATIVE, [1, 4, 7, 10], '16', (q) => `第${q}次村民代表会议`),
  { type: MeetingType.ASSEMBLY, on: '03-20', title: '年度村民会议：通报信用积分运用情况' },
];

/** Last year more were away; this year fewer (the seed reports attendance up by about 8 %). */
export const DEMO_ATTENDANCE: Record<'previous' | 'current', AttendancePattern> = {
  previous: { excusedEvery: 5, absentEvery: 7 },
  current: { excusedEvery: 7, absentEvery: 9 },
};

export interface DemoActivity {
  village: string;
  /** Which years it is held: both, or this year only. */
  years: 'both' | 'current';
  on: string;
  title: string;
  place: string;
  hours: number;
  participants: string[];
}

const DAZETOU_VOLUNTEERS = ['林建波', '丛晓东', '谷振宇', '刘晓燕', '林晓梅', '张静', '宋佳琪'];

export const DEMO_ACTIVITIES: DemoActivity[] = [
  ...[
    ['03-14', '春季河道清淤', '村东河道'],
    ['04-18', '植树护绿', '村北荒坡'],
    ['06-06', '环境卫生集中整治', '村内主干道'],
    ['08-22', '防汛巡查', '村东河道'],
    ['10-17', '敬老院助老服务', '宋村镇敬老院'],
    ['11-07', '秋冬森林防火宣传', '村委广场'],
  ].map(([on, title, place], i): DemoActivity => ({
    village: '大泽头村',
    years: 'both',
    on,
    title,
    place,
    hours: 2,
    participants: DAZETOU_VOLUNTEERS.filter((_, j) => (i + j) % 3 !== 2),
  })),
  ...[
    ['04-11', '村庄道路清扫', '村内主干道'],
    ['07-09', '防汛沙袋装填', '村委院内'],
    ['10-24', '秋收帮扶孤寡老人', '村西片区'],
  ].map(([on, title, place]): DemoActivity => ({
    village: '侯家庵村',
    years: 'current',
    on,
    title,
    place,
    hours: 2,
    participants: ['侯立平', '姜红梅'],
  })),
];

export interface DemoOutcome {
  /** The village whose story it is part of. */
  unit: string;
  /** Recorded by the village's town for itself (by its admin), not for the village. */
  townOwn?: boolean;
  years: 'previous' | 'current';
  kind: OutcomeKind;
  on: string;
  category: string;
  description: string;
  amountYuan?: number;
  howEstimated?: string;
  complaintCount?: number;
  agriculture?: boolean;
  honourLevel?: HonourLevel;
  evidence?: string;
}

const problems = (unit: string, years: DemoOutcome['years'], list: [string, string, string][]) =>
  list.map(([on, category, description], i): DemoOutcome => ({
    unit,
    years,
    kind: OutcomeKind.PROBLEM_RESOLVED,
    on,
    category,
    description,
    evidence: `村档案 ${years === 'current' ? '本年' : '上年'}第 ${i + 1} 号`,
  }));

/**
 * A month's complaints, recorded on its 28th (the service keeps them on the month's first day): the
 * month's count in one record, and `farming` of them — the 涉农 ones — in a second record.
 */
const complaints = (unit: string, years: DemoOutcome['years'], perMonth: number[], farming: number[]) =>
  perMonth.flatMap((count, i): DemoOutcome[] => {
    const month = i + 1;
    const record = (n: number, agriculture: boolean): DemoOutcome => ({
      unit,
      years,
      kind: OutcomeKind.COMPLAINT,
      on: `${String(month).padStart(2, '0')}-28`,
      category: agriculture ? '土地承包' : '邻里纠纷',
      description: `${month} 月受理${agriculture ? '涉农' : ''}信访投诉 ${n} 件`,
      complaintCount: n,
      agriculture,
    });
    return [record(count - farming[i], false), ...(farming[i] > 0 ? [record(farming[i], true)] : [])];
  });

const DAZETOU_SAVINGS: [string, string, number, string][] = [
  ['01-31', '卫生保洁', 36000, '原外包保洁每月 3000 元，改由党员和志愿者轮值，按 12 个月计'],
  ['02-28', '卡口值守', 48000, '卡口每天 2 人值守，按每人每天 66 元劳务费 × 2 人 × 365 天约计'],
  ['04-30', '治安巡逻', 60000, '夜间巡逻原聘 2 名保安，每人每月 2500 元，改由网格员和志愿者轮值'],
  ['06-30', '河道管护', 25000, '河道清淤按每次外包 5000 元 × 5 次计'],
  ['09-30', '绿化养护', 16000, '绿化带养护按外包报价每年 16000 元计'],
];

export const DEMO_OUTCOMES: DemoOutcome[] = [
  ...problems('大泽头村', 'previous', [
    ['03-12', '土地纠纷', '调解两户承包地边界争议'],
    ['05-20', '邻里矛盾', '化解宅前排水沟堵塞引发的邻里矛盾'],
    ['07-08', '环境整治', '清理村西多年积存的建筑垃圾'],
    ['09-15', '历史遗留', '理清村集体果园承包费历史欠款'],
    ['11-26', '基础设施', '修复村北损坏路灯 12 盏'],
  ]),
  ...problems('大泽头村', 'current', [
    ['01-18', '历史遗留', '解决 2015 年以来的宅基地确权遗留问题'],
    ['02-26', '土地纠纷', '调解三户林地界址争议'],
    ['03-21', '环境整治', '拆除村内违章搭建 6 处'],
    ['04-09', '邻里矛盾', '化解因养殖异味引发的邻里纠纷'],
    ['05-14', '基础设施', '修通村南断头路 300 米'],
    ['06-19', '历史遗留', '清理村集体资产台账，收回闲置场院'],
    ['07-23', '环境整治', '整治村东河道垃圾'],
    ['08-27', '邻里矛盾', '调解赡养老人纠纷'],
    ['10-15', '历史遗留', '解决多年未决的饮水井产权问题'],
    ['11-12', '基础设施', '为 15 户更换老化供水管'],
  ]),
  ...DAZETOU_SAVINGS.map(([on, category, amountYuan, howEstimated]): DemoOutcome => ({
    unit: '大泽头村',
    years: 'current',
    kind: OutcomeKind.COST_SAVED,
    on,
    category,
    description: `${category}由党员、村民代表和志愿者承担`,
    amountYuan,
    howEstimated,
  })),
  {
    unit: '大泽头村',
    years: 'previous',
    kind: OutcomeKind.COST_SAVED,
    on: '06-30',
    category: '卫生保洁',
    description: '下半年起卫生保洁由志愿者轮值',
    amountYuan: 18000,
    howEstimated: '原外包保洁每月 3000 元，按 6 个月计',
  },
  ...complaints(
    '大泽头村',
    'previous',
    [5, 4, 6, 4, 5, 3, 4, 5, 4, 3, 4, 4],
    [1, 0, 2, 1, 1, 0, 1, 2, 1, 0, 1, 1],
  ),
  ...complaints(
    '大泽头村',
    'current',
    [4, 3, 5, 4, 4, 3, 3, 4, 3, 3, 4, 3],
    [1, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 0],
  ),
  {
    unit: '大泽头村',
    years: 'current',
    kind: OutcomeKind.HONOUR_WON,
    on: '09-26',
    category: '文明村',
    description: '获评文登区文明村',
    honourLevel: HonourLevel.DISTRICT,
  },
  {
    unit: '大泽头村',
    townOwn: true,
    years: 'current',
    kind: OutcomeKind.HONOUR_WON,
    on: '11-18',
    category: '乡村治理示范镇',
    description: '获评威海市乡村治理示范镇',
    honourLevel: HonourLevel.CITY,
  },
  ...problems('侯家庵村', 'previous', [['06-10', '邻里矛盾', '调解院墙滴水纠纷']]),
  ...problems('侯家庵村', 'current', [
    ['04-22', '基础设施', '修复村内破损道路 2 处'],
    ['08-05', '土地纠纷', '调解承包地流转合同纠纷'],
  ]),
  ...complaints(
    '侯家庵村',
    'previous',
    [2, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 1],
    [1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0],
  ),
  ...complaints(
    '侯家庵村',
    'current',
    [1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    [0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0],
  ),
  {
    unit: '侯家庵村',
    years: 'current',
    kind: OutcomeKind.COST_SAVED,
    on: '07-31',
    category: '卫生保洁',
    description: '村内卫生保洁由志愿服务队承担',
    amountYuan: 9600,
    howEstimated: '原聘保洁员每月 800 元，按 12 个月计',
  },
];
