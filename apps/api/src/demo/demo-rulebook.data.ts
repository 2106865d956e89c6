import { DEMO_YEAR } from './demo-year';
import {
  CapMode,
  ItemCategory as C,
  ItemDirection,
  BeneficiaryRelation,
  JudgementGrade,
  MilestoneSpan,
  NO_ACT_RULES,
  RoundingMode,
  ScoreTrack,
  type ItemFields,
} from '@village/rulebook';
import { SubjectType as S } from '@village/platform-common';

/**
 * The demo rulebook of 文登区 for the current year (DEMO_YEAR): the district framework (the article names 19 positive and 37
 * negative items; these are realistic examples, not the district's official list), one 宋村镇 manual
 * and the 大泽头村 scoring list.
 */
type Options = Partial<
  Omit<ItemFields, 'code' | 'name' | 'category' | 'direction' | 'pointsMin' | 'pointsMax'>
>;

const EVERYONE = [S.VILLAGER, S.PARTY_MEMBER, S.REPRESENTATIVE, S.VOLUNTEER, S.ELDER];

function item(
  code: string,
  name: string,
  category: C,
  direction: ItemDirection,
  points: number | [number, number],
  options: Options = {},
): ItemFields {
  const [pointsMin, pointsMax] = typeof points === 'number' ? [points, points] : points;
  return {
    code,
    name,
    description: options.description ?? '',
    category,
    direction,
    pointsMin,
    pointsMax,
    perUnitPoints: options.perUnitPoints ?? null,
    unitLabel: options.unitLabel ?? null,
    track: options.track ?? ScoreTrack.CREDIT,
    subjectTypes: options.subjectTypes ?? EVERYONE,
    evidenceRequired: options.evidenceRequired ?? false,
    capPerMonth: options.capPerMonth ?? null,
    capPerQuarter: options.capPerQuarter ?? null,
    capPerYear: options.capPerYear ?? null,
    validityMonths: options.validityMonths ?? null,
    repeatMultiplier: options.repeatMultiplier ?? 1,
    veto: options.veto ?? false,
    household: options.household ?? false,
    pointLevels: options.pointLevels ?? null,
    amountBands: options.amountBands ?? null,
    roundingStep: options.roundingStep ?? null,
    roundingMode: options.roundingMode ?? null,
    perActMax: options.perActMax ?? null,
    capGroup: options.capGroup ?? null,
    capMode: options.capMode ?? CapMode.REFUSE,
    milestoneSources: options.milestoneSources ?? null,
    milestoneSpan: options.milestoneSpan ?? null,
    milestones: options.milestones ?? null,
    householdMembers: options.householdMembers ?? NO_ACT_RULES.householdMembers,
    beneficiaryRelations: options.beneficiaryRelations ?? null,
    kind: options.kind ?? null,
    alternativeGroup: options.alternativeGroup ?? null,
    validityRules: options.validityRules ?? null,
    judgementGrade: options.judgementGrade ?? null,
    judgementStars: options.judgementStars ?? null,
    repairPoints: options.repairPoints ?? null,
    recordLevel: options.recordLevel ?? NO_ACT_RULES.recordLevel,
    capByHousehold: options.capByHousehold ?? false,
  };
}

const plus = (
  code: string,
  name: string,
  category: C,
  points: number | [number, number],
  options?: Options,
) => item(code, name, category, ItemDirection.POSITIVE, points, options);
const minus = (
  code: string,
  name: string,
  category: C,
  points: number | [number, number],
  options?: Options,
) => item(code, name, category, ItemDirection.NEGATIVE, points, options);

const PARTY = { subjectTypes: [S.PARTY_MEMBER], track: ScoreTrack.ROLE_DUTY };
const REPRESENTATIVE = { subjectTypes: [S.REPRESENTATIVE], track: ScoreTrack.ROLE_DUTY };
const evidence = { evidenceRequired: true };
/** Donations and money returned share one yearly cap; the act that crosses it scores up to the cap. */
const DONATIONS = { capGroup: 'DONATE', capPerYear: 10, capMode: CapMode.CLAMP };

export const frameworkTitle = (year: number) => `文登区${year}年村级“契约化+信用”积分评价框架`;

export const DEMO_FRAMEWORK = { year: DEMO_YEAR, title: frameworkTitle(DEMO_YEAR) };

export const DEMO_FRAMEWORK_ITEMS: ItemFields[] = [
  // 加分项
  plus('P01', '参加志愿服务（按小时计）', C.PUBLIC_WELFARE, [0.5, 10], {
    perUnitPoints: 0.5,
    unitLabel: '小时',
    capPerMonth: 10,
    ...evidence,
  }),
  plus('P02', '调解邻里矛盾纠纷', C.CIVIC_VIRTUE, [2, 5], evidence),
  plus('P03', '参加村庄环境清理整治', C.CIVILISED_PRACTICE, 1, { capPerMonth: 4 }),
  plus('P04', '按时参加“三会一课”', C.DUTIES, 1, { ...PARTY, capPerMonth: 3 }),
  plus('P05', '按时足额缴纳党费', C.DUTIES, 1, { ...PARTY, capPerYear: 12 }),
  plus('P06', '及时报告安全隐患', C.CIVIC_VIRTUE, [2, 5], evidence),
  plus('P07', '帮扶照料孤寡、空巢老人', C.PUBLIC_WELFARE, [2, 5], { ...evidence, capPerQuarter: 15 }),
  // A donation scored by amount bands, sharing 10 points a year with P21 (DOMAIN.md §13).
  plus('P08', '为村内公益事业捐款捐物（按金额分档）', C.PUBLIC_WELFARE, [0.1, 10], {
    unitLabel: '元',
    amountBands: [
      { from: 1, to: 500, points: null, perUnit: 0.01 },
      { from: 500, to: 5000, points: null, perUnit: 0.0025 },
      { from: 5000, to: null, points: 10, perUnit: null },
    ],
    roundingStep: 0.1,
    roundingMode: RoundingMode.DOWN,
    perActMax: 10,
    ...DONATIONS,
    ...evidence,
  }),
  plus('P09', '被评为“美丽庭院”“文明家庭”等示范户', C.CIVILISED_PRACTICE, 10, {
    household: true,
    validityMonths: 12,
    ...evidence,
  }),
  plus('P10', '见义勇为', C.CIVIC_VIRTUE, [10, 30], { ...evidence, alternativeGroup: 'BRAVE' }),
  plus('P11', '婚事新办、丧事简办', C.CIVILISED_PRACTICE, 5, { household: true, ...evidence }),
  plus('P12', '参加村民代表会议并提出被采纳的建议', C.PARTICIPATION, 2, REPRESENTATIVE),
  plus('P13', '联系走访群众、反映社情民意', C.RESPONSIBILITIES, 1, { ...REPRESENTATIVE, capPerMonth: 4 }),
  plus('P14', '在党员先锋岗带头参与村重点工作', C.EXEMPLARY_ROLE, [3, 5], PARTY),
  plus('P15', '参加民主评议、依法参加选举投票', C.RIGHTS, 1, {
    subjectTypes: [S.PARTY_MEMBER, S.REPRESENTATIVE, S.VILLAGER],
  }),
  plus('P16', '带头致富、带动村民就业', C.CONTRIBUTION, [5, 10], {
    subjectTypes: [S.PARTY_MEMBER, S.REPRESENTATIVE],
    track: ScoreTrack.ROLE_DUTY,
    ...evidence,
  }),
  plus('P17', '垃圾分类投放到位', C.CIVILISED_PRACTICE, 0.5, { household: true, capPerMonth: 2 }),
  plus('P18', '参加护林防火、防汛值守（每次）', C.PUBLIC_WELFARE, [1, 6], {
    perUnitPoints: 1,
    unitLabel: '次',
    capPerMonth: 6,
  }),
  plus('P19', '获得县级以上表彰', C.CIVIC_VIRTUE, [5, 20], { ...evidence, validityMonths: 12 }),
  plus('P20', '老年人参加互助养老、邻里守望', C.PUBLIC_WELFARE, 1, {
    subjectTypes: [S.ELDER],
    capPerMonth: 2,
  }),
  plus('P21', '拾金不昧（按归还金额）', C.CIVIC_VIRTUE, [0.1, 10], {
    unitLabel: '元',
    perUnitPoints: 0.01,
    roundingStep: 0.1,
    roundingMode: RoundingMode.DOWN,
    ...DONATIONS,
    ...evidence,
  }),
  // Volunteer hours in total this year (P01's quantities): each threshold scores once (DOMAIN.md §13).
  plus('P22', '志愿服务累计时长（年度 10 / 20 / 50 小时）', C.PUBLIC_WELFARE, [2, 5], {
    unitLabel: '小时',
    milestoneSources: ['P01'],
    milestoneSpan: MilestoneSpan.YEAR,
    milestones: [
      { threshold: 10, points: 2 },
      { threshold: 20, points: 3 },
      { threshold: 50, points: 5 },
    ],
  }),
  // An act scored to a relative, checked against the household register (DOMAIN.md §13).
  plus('P23', '家庭成员参军入伍（计给父母或配偶）', C.CIVIC_VIRTUE, 5, {
    beneficiaryRelations: [BeneficiaryRelation.PARENT, BeneficiaryRelation.SPOUSE],
    ...evidence,
  }),
  // Every member of the household, once a quarter.
  plus('P24', '评为“星级文明户”（全户成员计分）', C.CIVILISED_PRACTICE, 2, {
    household: true,
    householdMembers: true,
  }),
  // One rescue scores once: P10 or, when honoured by the city, P25 — not both.
  plus('P25', '见义勇为受市级以上表彰', C.CIVIC_VIRTUE, [20, 40], { ...evidence, alternativeGroup: 'BRAVE' }),
  // 扣分项
  minus('N01', '乱倒垃圾、乱泼污水', C.CIVILISED_PRACTICE, [1, 3], {
    repeatMultiplier: 2,
    validityMonths: 3,
  }),
  minus('N02', '焚烧秸秆、垃圾', C.CIVILISED_PRACTICE, 5, evidence),
  minus('N03', '红白事大操大办', C.CIVILISED_PRACTICE, [5, 10], { household: true }),
  minus('N04', '无故缺席“三会一课”', C.DUTIES, 2, PARTY),
  minus('N05', '未按时缴纳党费', C.DUTIES, 2, PARTY),
  minus('N06', '违章建筑、私搭乱建', C.CIVIC_VIRTUE, [10, 20], { household: true, ...evidence }),
  minus('N07', '参与赌博', C.CIVIC_VIRTUE, 10, { veto: true, ...evidence }),
  minus('N08', '缠访闹访、越级非正常上访', C.CIVIC_VIRTUE, 10, evidence),
  minus('N09', '散养家禽家畜', C.CIVILISED_PRACTICE, [1, 2], {
    household: true,
    repeatMultiplier: 2,
    validityMonths: 3,
  }),
  minus('N10', '造谣传谣', C.CIVIC_VIRTUE, [5, 10]),
  minus('N11', '占道经营、乱堆乱放', C.CIVILISED_PRACTICE, [1, 3], { household: true }),
  minus('N12', '破坏公共设施（按情节）', C.CIVIC_VIRTUE, [3, 10], { pointLevels: [3, 5, 10], ...evidence }),
  minus('N13', '不赡养、虐待老人', C.CIVIC_VIRTUE, [10, 20], { veto: true, ...evidence }),
  minus('N14', '家庭暴力', C.CIVIC_VIRTUE, 10, evidence),
  minus('N15', '打架斗殴', C.CIVIC_VIRTUE, [5, 10]),
  minus('N16', '拒不配合村集体重点工作', C.CIVIC_VIRTUE, [3, 5]),
  minus('N17', '违反村规民约其他条款', C.CIVIC_VIRTUE, [1, 5]),
  minus('N18', '索要高额彩礼', C.CIVILISED_PRACTICE, [5, 10], { household: true }),
  minus('N19', '组织参与封建迷信活动', C.CIVILISED_PRACTICE, [2, 5]),
  minus('N20', '酒后驾驶', C.CIVIC_VIRTUE, 10, evidence),
  minus('N21', '偷盗集体或他人财物', C.CIVIC_VIRTUE, [10, 20], evidence),
  minus('N22', '拖欠集体承包费', C.CIVIC_VIRTUE, [3, 5], { household: true }),
  minus('N23', '违规养犬、放任犬只伤人', C.CIVILISED_PRACTICE, [2, 5], { household: true }),
  minus('N24', '生活污水乱排乱放', C.CIVILISED_PRACTICE, [1, 3], { household: true }),
  minus('N25', '乱砍滥伐、毁林开荒', C.CIVIC_VIRTUE, [5, 10], evidence),
  minus('N26', '在禁放区域燃放烟花爆竹', C.CIVILISED_PRACTICE, [1, 2]),
  minus('N27', '拒不履行调解协议', C.CIVIC_VIRTUE, 3),
  minus('N28', '被列为失信被执行人', C.CIVIC_VIRTUE, 10, evidence),
  minus('N29', '村民代表无故缺席代表会议', C.RESPONSIBILITIES, 2, REPRESENTATIVE),
  minus('N30', '村民代表不联系群众、不反映民意', C.PARTICIPATION, 2, REPRESENTATIVE),
  minus('N31', '村民代表未履行公开承诺', C.CONTRIBUTION, [2, 5], REPRESENTATIVE),
  minus('N32', '党员未完成设岗定责任务', C.EXEMPLARY_ROLE, 2, PARTY),
  minus('N33', '党员受到党纪政务处分', C.DUTIES, [10, 20], { ...PARTY, veto: true }),
  minus('N34', '党员无正当理由不参加组织生活会、民主评议', C.RIGHTS, 3, PARTY),
  minus('N35', '在网络群聊散布不当言论', C.CIVIC_VIRTUE, [3, 5]),
  minus('N36', '不配合人居环境整治', C.CIVILISED_PRACTICE, [2, 3], { household: true }),
  minus('N37', '违法占用耕地', C.CIVIC_VIRTUE, [5, 10], { household: true, ...evidence }),
  minus('N38', '阻挠村内公共项目施工', C.CIVIC_VIRTUE, [5, 10]),
  // A direct judgement: at most one star and 基本合格 for two years; repairable to a 5-point deduction.
  minus('N39', '拒不履行法院生效判决（直接认定）', C.CIVIC_VIRTUE, [0, 5], {
    judgementStars: 1,
    judgementGrade: JudgementGrade.BASIC,
    repairPoints: 5,
    validityMonths: 24,
    ...evidence,
  }),
];

/** A town manual as the demo seeds it: the items it disables, the points it adjusts, its own items. */
export interface DemoManual {
  town: string;
  title: (year: number) => string;
  procedure: string;
  disable: string[];
  adjust: { itemCode: string; pointsMin: number; pointsMax: number; reason: string }[];
  townItems: ItemFields[];
}

/** A village's scoring list as the demo seeds it, adopted by the representative assembly's vote. */
export interface DemoScoringList {
  village: string;
  villageItems: ItemFields[];
  /** The assembly's vote; it meets on `meetingDay` (MM-DD) of the list's year. */
  adoption: {
    meetingDay: string;
    /** The register's representatives in office on the meeting day, unless a reason says otherwise. */
    representativesInOffice: number;
    representativesCountReason?: string;
    present: number;
    votesFor: number;
    votesAgainst: number;
    abstaining: number;
  };
}

export const DEMO_MANUAL: DemoManual = {
  town: '宋村镇',
  title: (year) => `宋村镇${year}年积分评价操作手册`,
  procedure: [
    '# 宋村镇积分评价操作规程',
    '',
    '1. 每月最后 3 天为登记日，村民自主申报并提交佐证材料；网格长可代为登记。',
    '2. 积分评审小组与信用议事会逐条审核，驳回须写明理由。',
    '3. 季度末由信用议事会核算积分，在公开栏、微信群公示 7 天。',
    '4. 对公示结果有异议的，村里在 7 个工作日内答复。',
  ].join('\n'),
  disable: ['N26'],
  adjust: [
    { itemCode: 'P03', pointsMin: 1.2, pointsMax: 1.2, reason: '宋村镇重点推进人居环境整治' },
    { itemCode: 'N01', pointsMin: 1, pointsMax: 3.5, reason: '沿海村庄垃圾治理压力大' },
  ],
  townItems: [plus('T01', '参与海草房保护修缮', C.PUBLIC_WELFARE, 2, { household: true, ...evidence })],
};

export const DEMO_SCORING_LIST: DemoScoringList = {
  village: '大泽头村',
  villageItems: [
    plus('V01', '参与村文化广场日常维护', C.PUBLIC_WELFARE, 1, { capPerMonth: 2 }),
    minus('V02', '农机具随意停放占用村道', C.CIVILISED_PRACTICE, [1, 2], { household: true }),
  ],
  adoption: {
    meetingDay: '01-15',
    // The six representatives of demo-residents.data.ts.
    representativesInOffice: 6,
    present: 6,
    votesFor: 5,
    votesAgainst: 0,
    abstaining: 1,
  },
};

/**
 * 文登营镇 and 侯家庵村, seeded only with the demo's year of activity, so the district's comparisons have a
 * second town and village: the framework as it stands, and a list with one village item.
 */
export const DEMO_OTHER_MANUAL: DemoManual = {
  town: '文登营镇',
  title: (year) => `文登营镇${year}年积分评价操作手册`,
  procedure: [
    '# 文登营镇积分评价操作规程',
    '',
    '1. 每月月底前村民申报，村“两委”代为登记。',
    '2. 信用议事会审核，季度末核算并公示 7 天。',
  ].join('\n'),
  disable: [],
  adjust: [],
  townItems: [],
};

export const DEMO_OTHER_LIST: DemoScoringList = {
  village: '侯家庵村',
  villageItems: [plus('H01', '参加村志愿服务队集中活动', C.PUBLIC_WELFARE, 1, { capPerMonth: 2 })],
  adoption: {
    meetingDay: '01-20',
    representativesInOffice: 15,
    representativesCountReason: '演示数据只录入了侯家庵村的部分村民，其余村民代表未录入',
    present: 13,
    votesFor: 12,
    votesAgainst: 0,
    abstaining: 1,
  },
};
