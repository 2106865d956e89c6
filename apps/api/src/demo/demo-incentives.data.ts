import { SubjectType } from '@village/platform-common';
import { Grade } from '@village/grading';
import { CaseKind, CaseOutcome, LimitPeriod, ShopKind } from '@village/incentives';

/**
 * How the demo's results are used (结果运用), replayed by seed-demo-incentives.ts in the current year.
 * Dates are month-days of the current year (DEMO_YEAR); a step dated after today is left out.
 *
 * The points to spend are what the replay credits at each quarter's final (default policy: credit
 * points 1:1, lots valid to 31 December of the year they are credited in): on 1-08 last year's fourth
 * quarter gives 宋立新 31.2, 李秀英 6.6, 林茂盛 3 and 毕淑芳 1.2 (last year's first three quarters expired
 * at New Year); then 李秀英 6.6 and 林茂盛 3 each quarter, 于海涛 20 and 毕淑芳 3 on 7-08, 毕淑芳 2.2 on
 * 10-08. Prices are set to that scale (about 3 元 a point), and every redemption below is affordable on
 * its date whatever day the demo is seeded on (tried for seed days from 1-03 to 12-31).
 */

export interface DemoGoods {
  name: string;
  description: string;
  pricePoints: number;
  valueYuan: number;
  /** Units received when listed; 0 for a service (unlimited). */
  stock: number;
  isService?: boolean;
  limitPerPerson?: number;
  limitPerHousehold?: number;
  limitPeriod?: LimitPeriod;
  /** Days a reservation waits for pickup (default 7). */
  pickupDays?: number;
}

export interface DemoShop {
  /** The village or town the shop belongs to. */
  unit: string;
  name: string;
  kind: ShopKind;
  address: string;
  openingHours: string;
  /** The admin who opens the shop and lists its goods. */
  manager: string;
  /** The counter's clerk (STORE_CLERK in DEMO_USERS). */
  clerk: string;
  opensOn: string;
  goods: DemoGoods[];
}

export const DEMO_SHOPS: DemoShop[] = [
  {
    unit: '大泽头村',
    name: '大泽头村信用超市',
    kind: ShopKind.SUPERMARKET,
    address: '大泽头村党群服务中心一楼',
    openingHours: '每周二、周六 8:30–11:30',
    manager: 'dazetou-admin',
    clerk: 'dazetou-clerk',
    opensOn: '01-05',
    goods: [
      {
        name: '毛巾',
        description: '纯棉毛巾一条',
        pricePoints: 3,
        valueYuan: 8,
        stock: 50,
        limitPerPerson: 2,
        limitPeriod: LimitPeriod.QUARTER,
      },
      { name: '香皂', description: '香皂两块装', pricePoints: 2, valueYuan: 6, stock: 60 },
      { name: '洗衣粉', description: '洗衣粉 1.5 千克', pricePoints: 5, valueYuan: 15, stock: 40 },
      {
        name: '大米',
        description: '东北大米 10 千克',
        pricePoints: 15,
        valueYuan: 50,
        stock: 30,
        limitPerHousehold: 1,
        limitPeriod: LimitPeriod.QUARTER,
      },
      {
        name: '食用油',
        description: '大豆油 5 升',
        pricePoints: 20,
        valueYuan: 60,
        stock: 20,
        limitPerPerson: 1,
        limitPeriod: LimitPeriod.QUARTER,
      },
    ],
  },
  {
    unit: '宋村镇',
    name: '宋村镇农机服务中心',
    kind: ShopKind.SERVICE_CENTRE,
    address: '宋村镇农业社会化服务中心',
    openingHours: '农忙时节每日 7:00–18:00',
    manager: 'songcun-admin',
    clerk: 'songcun-clerk',
    opensOn: '01-06',
    goods: [
      {
        name: '旋耕服务',
        description: '每亩抵扣旋耕作业费 30 元，预约后由服务中心派机作业',
        pricePoints: 10,
        valueYuan: 30,
        stock: 0,
        isService: true,
        limitPerPerson: 5,
        limitPeriod: LimitPeriod.YEAR,
        pickupDays: 30,
      },
      {
        name: '植保飞防',
        description: '无人机喷药每亩抵扣 10 元',
        pricePoints: 3,
        valueYuan: 10,
        stock: 0,
        isService: true,
        limitPerPerson: 10,
        limitPeriod: LimitPeriod.YEAR,
        pickupDays: 30,
      },
      {
        name: '秸秆还田',
        description: '秸秆粉碎还田每亩抵扣 20 元',
        pricePoints: 6,
        valueYuan: 20,
        stock: 0,
        isService: true,
        limitPerPerson: 5,
        limitPeriod: LimitPeriod.YEAR,
        pickupDays: 30,
      },
    ],
  },
];

/** What becomes of a reservation. */
export type DemoRedemptionFate =
  | { pickedUpOn: string }
  | { cancelledOn: string; reason: string }
  /** Not picked up: the points job of DEMO_POINTS_JOB_DAYS after its last day expires it. */
  | { expires: true }
  /** Still waiting at the counter: a pickup code for a newcomer to type as the clerk. */
  | { waiting: true };

export interface DemoRedemption {
  who: string;
  shop: string;
  goods: string;
  quantity: number;
  /** A month-day, or 'today' (then only once `notBefore` has come). */
  on: string;
  notBefore?: string;
  /** Reserved on the resident's own phone (dazetou-resident); else by the clerk with this confirmation. */
  own?: boolean;
  confirmation?: string;
  fate: DemoRedemptionFate;
}

export const DEMO_REDEMPTIONS: DemoRedemption[] = [
  {
    who: '李秀英',
    shop: '大泽头村信用超市',
    goods: '毛巾',
    quantity: 1,
    on: '01-12',
    own: true,
    fate: { pickedUpOn: '01-13' },
  },
  {
    who: '宋立新',
    shop: '大泽头村信用超市',
    goods: '食用油',
    quantity: 1,
    on: '01-20',
    confirmation: '本人到场签字确认',
    fate: { pickedUpOn: '01-20' },
  },
  {
    who: '林茂盛',
    shop: '大泽头村信用超市',
    goods: '毛巾',
    quantity: 1,
    on: '01-24',
    confirmation: '电话确认（老人没有智能手机）',
    fate: { cancelledOn: '01-27', reason: '老人来电取消，想攒积分换洗衣粉' },
  },
  {
    who: '李秀英',
    shop: '大泽头村信用超市',
    goods: '洗衣粉',
    quantity: 1,
    on: '04-18',
    own: true,
    fate: { pickedUpOn: '04-21' },
  },
  {
    who: '毕淑芳',
    shop: '大泽头村信用超市',
    goods: '毛巾',
    quantity: 1,
    on: '07-14',
    confirmation: '电话确认',
    fate: { expires: true },
  },
  {
    who: '于海涛',
    shop: '宋村镇农机服务中心',
    goods: '植保飞防',
    quantity: 5,
    on: '07-16',
    confirmation: '本人到场签字确认（5 亩玉米）',
    fate: { pickedUpOn: '07-18' },
  },
  {
    who: '宋立新',
    shop: '宋村镇农机服务中心',
    goods: '旋耕服务',
    quantity: 1,
    on: '10-13',
    confirmation: '本人到场签字确认（1 亩秋耕）',
    fate: { pickedUpOn: '10-15' },
  },
  {
    who: '林茂盛',
    shop: '大泽头村信用超市',
    goods: '洗衣粉',
    quantity: 1,
    on: '10-17',
    confirmation: '本人到场签字确认',
    fate: { pickedUpOn: '10-17' },
  },
  // Reserved today, so its code is still good at the counter (7 days); from 1-12 she always has 3 points.
  {
    who: '李秀英',
    shop: '大泽头村信用超市',
    goods: '毛巾',
    quantity: 1,
    on: 'today',
    notBefore: '01-12',
    own: true,
    fate: { waiting: true },
  },
];

/**
 * Days the points jobs run as the server runs them (reservations past their last day, then lots past
 * theirs): New Year's Day expires last year's first three quarters; 7-22 expires 毕淑芳's towel.
 */
export const DEMO_POINTS_JOB_DAYS = ['01-01', '07-22'];

export interface DemoHonourType {
  name: string;
  subjectType: SubjectType;
  minStars?: number;
  minGrade?: Grade;
  maxPerVillage?: number;
}

export interface DemoNomination {
  who: string;
  honour: string;
  reason: string;
  approve: boolean;
  decision: string;
}

/** 文登区's honours (wendeng-admin), 大泽头村's nominations for last year, 宋村镇's decisions and list. */
export const DEMO_HONOURS = {
  typesOn: '02-02',
  nominatedOn: '02-10',
  decidedOn: '02-24',
  publishedOn: '03-02',
  types: [
    { name: '优秀党员', subjectType: SubjectType.PARTY_MEMBER, minGrade: Grade.EXCELLENT },
    { name: '五星文明户', subjectType: SubjectType.VILLAGER, minStars: 5 },
    { name: '信用示范户', subjectType: SubjectType.VILLAGER, minStars: 4, maxPerVillage: 3 },
  ] satisfies DemoHonourType[],
  nominations: [
    {
      who: '张兆明',
      honour: '优秀党员',
      reason: '两次在党员先锋岗带头参与村重点工作，参加环境整治三次，年度党员评定优秀',
      approve: true,
      decision: '评定等次优秀，群众评价好，同意',
    },
    {
      who: '于建国',
      honour: '优秀党员',
      reason: '老党员带头上党员先锋岗，年度党员评定优秀',
      approve: true,
      decision: '评定等次优秀，同意',
    },
    {
      who: '宋立新',
      honour: '五星文明户',
      reason: '两次见义勇为，积极参加环境整治，信用积分全村第一（1061.2 分，五星）',
      approve: true,
      decision: '事迹经派出所证明属实，同意',
    },
    {
      who: '于海涛',
      honour: '信用示范户',
      reason: '两次见义勇为，年度四星',
      approve: true,
      decision: '同意',
    },
    {
      who: '宋立新',
      honour: '信用示范户',
      reason: '年度五星，可作全村信用示范',
      approve: false,
      decision: '已评为五星文明户，同一年度不重复表彰',
    },
  ] satisfies DemoNomination[],
};

export interface DemoCaseOutcome {
  who: string;
  kind: CaseKind;
  outcome: CaseOutcome;
  on: string;
  text: string;
}

export interface DemoMentoring {
  who: string;
  mentor: string;
  visits: { on: string; note: string; agreedImprovement: string }[];
}

/**
 * Last year's negative constraints, which the final year opened on 1-15 (deadline three months on):
 * rectification of 于翠萍 and 谷长青 (both unqualified representatives), a handling record for 谷长青
 * (unqualified party member), mentoring for the 1-star villagers 于成龙, 孙德海, 宋德福 and 谷长青.
 * 谷长青's rectification succeeds; 于翠萍's fails, her seat ends and a by-election opens (left open).
 */
export const DEMO_CASES = {
  outcomes: [
    {
      who: '谷长青',
      kind: CaseKind.PARTY_HANDLING,
      outcome: CaseOutcome.HANDLED,
      on: '03-06',
      text: '3 月 5 日村党支部委员会研究，按党内有关规定对谷长青进行批评教育，责令作出书面检查，已报镇党委备案',
    },
    {
      who: '谷长青',
      kind: CaseKind.RECTIFICATION,
      outcome: CaseOutcome.RECTIFIED,
      on: '04-10',
      text: '已向所联系的两户当面说明并落实承诺事项，4 月 9 日村民代表会议评议整改到位',
    },
    {
      who: '于翠萍',
      kind: CaseKind.RECTIFICATION,
      outcome: CaseOutcome.SEAT_ENDED,
      on: '04-20',
      text: '限期整改期满，承诺为所联系户办理的事项仍未落实；4 月 20 日村民代表会议评议整改不到位，终止其村民代表资格',
    },
  ] satisfies DemoCaseOutcome[],
  mentorsOn: '02-20',
  mentoring: [
    {
      who: '于成龙',
      mentor: '张兆明',
      visits: [
        {
          on: '03-05',
          note: '上门谈心，讲解村规民约对赌博的处理规定，本人表示认识到错误',
          agreedImprovement: '远离赌博，每月参加一次村庄环境整治',
        },
        {
          on: '06-12',
          note: '回访：本人表示已不再参与赌博，家属反映属实',
          agreedImprovement: '下半年参加一次志愿服务',
        },
      ],
    },
    {
      who: '孙德海',
      mentor: '于建国',
      visits: [
        {
          on: '03-12',
          note: '了解到去年因与邻居打架被扣分，双方已在调委会调解下和好',
          agreedImprovement: '有矛盾先找调委会，不再争吵',
        },
      ],
    },
    {
      who: '宋德福',
      mentor: '丛培军',
      visits: [
        {
          on: '03-18',
          note: '老党员身体不好，去年多次缺席支部会议；商量由家人接送参会',
          agreedImprovement: '按时参加“三会一课”，不能到会提前请假',
        },
        {
          on: '09-08',
          note: '回访：二、三季度支部会议均已到会',
          agreedImprovement: '保持按时参会',
        },
      ],
    },
    {
      who: '谷长青',
      mentor: '毕文斌',
      visits: [
        {
          on: '04-02',
          note: '结合支部处置决定谈心，本人已交书面检查',
          agreedImprovement: '带头遵守村规民约，每季度向支部汇报一次思想',
        },
      ],
    },
  ] satisfies DemoMentoring[],
};

/**
 * 大泽头村's payout plan for last year's fourth quarter (final on 1-08): drafted by the credit council
 * at 2 元 a point, voted by the meeting of the village's 7 full party members and 6 representatives
 * (10 people; 丛培军, 王春燕 and 谷长青 are both), posted, and paid at the assembly before the Spring Festival.
 */
export const DEMO_PAYOUT = {
  quarter: 4,
  centsPerPoint: 200,
  draftedOn: '01-20',
  vote: {
    on: '01-23',
    expected: 10,
    present: 9,
    inFavour: 8,
    against: 0,
    abstained: 1,
    note: '党员和村民代表会议审议发放方案',
  },
  postedOn: '01-24',
  paidOn: '02-06',
  paidNote: '在村民大会上当场发放',
};
