/**
 * The demo's year of activity, replayed through the real services at first start (seed-demo-activity.ts).
 * Points are the demo lists': P03 1.2 in 宋村镇 (1 elsewhere), V01 1, P04 1, P12 2, P13 1, P20 1,
 * P18 1 per 次, P01 0.5 per hour, N04 2, N29 2, N30 2, N34 3, N07 10 (veto), N33 10–20 (veto); ranged
 * items take the points given here. Scores: credit base 1000, role-duty base 100.
 */

/** One act: registered by the village admin (or declared by 李秀英 herself) and reviewed by the council. */
export interface DemoAct {
  who: string;
  item: string;
  month: number;
  /** Day of the month (default: 10 + the act's place in its month, as the whole-year test spreads them). */
  day?: number;
  points?: number;
  quantity?: number;
  evidence?: boolean;
  /** Declared by the resident herself (the `dazetou-resident` login, 李秀英). */
  own?: boolean;
  /** The council rejects it with this reason. */
  reject?: string;
  /** The council approves it corrected (修正后通过). */
  amend?: { quantity?: number; itemCode?: string; points?: number; reason: string };
}

/** 李秀英 objects to a line of a quarter's notice; the council upholds it (reversing an entry) or dismisses it. */
export interface DemoObjection {
  quarter: number;
  about: string;
  reason: string;
  answer: string;
  /** Upheld: the entry to reverse, as `who:item:month` of an act above. */
  reverses?: string;
}

/** A December democratic-appraisal rating by 李秀英 (a 群众评议 mass rating: she holds neither role). */
export interface DemoRating {
  ratee: string;
  subjectType: 'PARTY_MEMBER' | 'REPRESENTATIVE';
  rating: number;
  comment: string;
}

export interface DemoVillageYear {
  acts: DemoAct[];
  objections: DemoObjection[];
  ratings: DemoRating[];
}

const each = (months: number[], act: Omit<DemoAct, 'month'>): DemoAct[] =>
  months.map((month) => ({ ...act, month }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * 大泽头村's previous year, complete. The story: 李秀英 keeps the culture square and joins every clean-up
 * (her night-watch claims are turned down each quarter, one is corrected); 张兆明 and 于建国 lead the
 * pioneer posts and are the two party members graded 优秀 — 丛培军, 王春燕 and 毕文斌 pass the 90 line
 * too but the one-third quota holds them at 合格; 宋德福 misses meetings all year; 谷长青 is disciplined
 * (N33, a veto: 不合格 whatever his numbers) and 于成龙 is caught gambling (N07, one star); 孙红霞 is
 * probationary and not graded; 孙国华 and 于翠萍 break their public pledges as representatives (基本合格,
 * 不合格). 宋立新 and 于海涛 act bravely (five stars and, at exactly 1060, four). A mistaken entry for 张磊
 * is caught by 李秀英's objection in the second quarter and reversed; her objection to 于海涛's points in
 * the third is dismissed.
 *
 * Year-end, by hand (party: 0.7 × role-duty + 0.3 × credit / 10; representative: 0.6 × role-duty +
 * 0.4 × credit / 10; a mass rating takes 10% of the role-duty score):
 *   party members (7 graded, quota 2): 张兆明 105.71 优秀, 于建国 102.8 优秀, 丛培军 101.4 合格 (quota),
 *     王春燕 100.07 合格 (quota), 毕文斌 99.72 合格 (quota; 0.9 × 104 + 6), 宋德福 82.2 合格,
 *     谷长青 不合格 (veto), 孙红霞 ungraded (预备党员);
 *   representatives (6 graded, quota 2): 刘志强 102.4 优秀 (0.9 × 105 + 9.5 = 104), 丛培军 101.2 优秀,
 *     王春燕 100.1 合格 (quota), 孙国华 70 基本合格, 于翠萍 59.68 不合格 (0.9 × 32 + 4), 谷长青 不合格;
 *   stars: 宋立新 1061.2 ★5, 于海涛 1060 ★4, 李秀英 1028.4 ★3, 林茂盛 1012 ★2, 张磊 1000 ★2 (after the
 *     reversal), 孙德海 990 ★1, 于成龙 1020 ★1 (veto), 谷长青 ★1 (veto).
 */
export const DAZETOU_PREVIOUS_YEAR: DemoVillageYear = {
  acts: [
    // 李秀英 (volunteer, the demo resident) declares her own acts every month.
    ...each(range(1, 12), { who: '李秀英', item: 'P03', own: true }),
    ...each(range(1, 12), { who: '李秀英', item: 'V01', own: true }),
    ...each([2, 5, 8, 11], {
      who: '李秀英',
      item: 'P18',
      quantity: 2,
      own: true,
      reject: '当天无值守安排，经核实未参加',
    }),
    {
      who: '李秀英',
      item: 'P18',
      month: 7,
      quantity: 3,
      own: true,
      amend: { quantity: 2, reason: '值守记录显示本月参加 2 次，按 2 次计分' },
    },
    // Party members.
    ...each([3, 9], { who: '张兆明', item: 'P14', points: 4 }),
    ...each([4, 5, 6], { who: '张兆明', item: 'P03' }),
    { who: '于建国', item: 'P14', month: 5, points: 4 },
    { who: '毕文斌', item: 'P14', month: 6, points: 4 },
    ...each(range(1, 5), { who: '宋德福', item: 'N34' }),
    ...each(range(6, 10), { who: '宋德福', item: 'N04' }),
    { who: '宋德福', item: 'N15', month: 7, points: 10 },
    { who: '谷长青', item: 'N33', month: 8, points: 10 },
    ...each([7, 8], { who: '王春燕', item: 'P03' }),
    // Representatives.
    { who: '丛培军', item: 'P12', month: 4 },
    { who: '刘志强', item: 'P12', month: 2 },
    ...each([3, 4, 5], { who: '刘志强', item: 'P13' }),
    ...each(range(1, 10), { who: '孙国华', item: 'N31', points: 5 }),
    ...each(range(1, 10), { who: '于翠萍', item: 'N31', points: 5 }),
    ...each(range(1, 5), { who: '于翠萍', item: 'N29' }),
    ...each(range(6, 9), { who: '于翠萍', item: 'N30' }),
    // Villagers, volunteers and elders.
    ...each([3, 7], { who: '于海涛', item: 'P10', points: 30, evidence: true }),
    ...each([4, 10], { who: '宋立新', item: 'P10', points: 30, evidence: true }),
    { who: '宋立新', item: 'P03', month: 11 },
    { who: '孙德海', item: 'N15', month: 9, points: 10 },
    { who: '于成龙', item: 'P10', month: 2, points: 30, evidence: true },
    { who: '于成龙', item: 'N07', month: 6, evidence: true },
    ...each(range(1, 12), { who: '林茂盛', item: 'P20' }),
    ...each([3, 4, 5, 6, 9, 10], { who: '毕淑芳', item: 'P03' }),
    ...each([5, 6, 7, 8], { who: '毕淑芳', item: 'V01' }),
    ...each([7, 8], { who: '孙佳怡', item: 'P01', quantity: 6, evidence: true }),
    { who: '林建波', item: 'P02', month: 9, points: 4, evidence: true },
    // Registered by mistake; 李秀英 objects in the second quarter's notice and the council upholds it.
    { who: '张磊', item: 'V01', month: 5 },
  ],
  objections: [
    {
      quarter: 2,
      about: '张磊',
      reason: '5 月张磊在外地打工，没有参加广场维护',
      answer: '经核实登记有误，予以冲正',
      reverses: '张磊:V01:5',
    },
    {
      quarter: 3,
      about: '于海涛',
      reason: '见义勇为加分太高',
      answer: '有派出所证明，按清单 10–30 分取 30 分',
    },
  ],
  ratings: [
    { ratee: '毕文斌', subjectType: 'PARTY_MEMBER', rating: 60, comment: '先锋岗工作还需更主动' },
    { ratee: '刘志强', subjectType: 'REPRESENTATIVE', rating: 95, comment: '常来走访，反映问题及时' },
    { ratee: '于翠萍', subjectType: 'REPRESENTATIVE', rating: 40, comment: '承诺的事没有办' },
  ],
};

/**
 * 大泽头村's current year, replayed up to today: the same people a year on. Acts of the current month are
 * declared but not yet reviewed (the council’s work screen); early days (1, 3) keep some pending from
 * the first days of any month.
 */
export const DAZETOU_THIS_YEAR: DemoVillageYear = {
  acts: [
    ...each(range(1, 12), { who: '李秀英', item: 'P03', own: true, day: 3 }),
    ...each(range(1, 12), { who: '李秀英', item: 'V01', own: true }),
    {
      who: '李秀英',
      item: 'P18',
      month: 6,
      quantity: 1,
      own: true,
      reject: '值守名单中没有您，请附值守记录后重新申报',
    },
    ...each(range(1, 12), { who: '林茂盛', item: 'P20', day: 1 }),
    ...each([2, 8], { who: '张兆明', item: 'P14', points: 4 }),
    ...each([2, 3, 5, 6, 9, 10], { who: '刘志强', item: 'P13' }),
    { who: '丛培军', item: 'P12', month: 5 },
    { who: '丛培军', item: 'P14', month: 9, points: 3 },
    { who: '宋德福', item: 'N34', month: 3 },
    { who: '孙国华', item: 'N31', month: 4, points: 3 },
    { who: '于海涛', item: 'P10', month: 6, points: 20, evidence: true },
    ...each([4, 5, 6, 7], { who: '毕淑芳', item: 'V01' }),
    ...each([9, 10, 11, 12], { who: '毕淑芳', item: 'P03' }),
    { who: '张磊', item: 'N01', month: 7, points: 2 },
    ...each([10, 11, 12], { who: '王春燕', item: 'P03' }),
    ...each([11, 12], { who: '孙佳怡', item: 'P01', quantity: 4, evidence: true }),
  ],
  objections: [],
  ratings: [],
};

/**
 * 侯家庵村 (文登营镇), lighter: the same few acts each year, registered by its admin and reviewed by its
 * credit council, so district and town comparisons have a second village with posted quarters and grades.
 */
export const HOUJIAAN_YEAR: DemoVillageYear = {
  acts: [
    ...each([1, 4, 7, 10], { who: '侯振东', item: 'P04' }),
    ...each([3, 9], { who: '侯振东', item: 'P14', points: 4 }),
    ...each([2, 8], { who: '侯立平', item: 'P12' }),
    ...each([5, 11], { who: '侯立平', item: 'P13' }),
    ...each([3, 6, 9, 12], { who: '曲秀芹', item: 'H01' }),
    { who: '姜红梅', item: 'P07', month: 5, points: 3, evidence: true },
    { who: '姜红梅', item: 'N01', month: 10, points: 2 },
  ],
  objections: [],
  ratings: [],
};
