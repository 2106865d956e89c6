import type { BaseFigure } from './base-figures';

export type FigureUnit = '人' | '件' | '%' | '分' | '元' | '个';

/**
 * One figure as the dashboards, exports and API show it, with how it is computed (the API's description
 * repeats `howComputed`). A figure is a base sum, or the ratio of two base sums taken over the same
 * villages — so a district's rate is its total numerator over its total denominator, never an average
 * of its towns' rates.
 */
export interface FigureDefinition {
  key: string;
  label: string;
  unit: FigureUnit;
  group: '契约与参与' | '会议与活动' | '申报与评分' | '公示与异议' | '积分兑换' | '结果运用' | '工作成效';
  howComputed: string;
  numerator: BaseFigure;
  /** Ratios: the denominator; `scale` 100 gives a percentage, 1 an average. */
  denominator?: BaseFigure;
  scale?: number;
}

export const FIGURES: readonly FigureDefinition[] = [
  {
    key: 'contractCoverage',
    label: '契约覆盖率',
    unit: '%',
    group: '契约与参与',
    howComputed: '在册村民中本人或所在户当年有已签订契约的人数 ÷ 在册村民数（年度）',
    numerator: 'contract_residents',
    denominator: 'residents',
    scale: 100,
  },
  {
    key: 'participants',
    label: '参与人数',
    unit: '人',
    group: '契约与参与',
    howComputed: '期间内至少有一条已入账积分行为（不含冲销、不含区级记录）的村民人数',
    numerator: 'participants',
  },
  {
    key: 'participationRate',
    label: '参与率',
    unit: '%',
    group: '契约与参与',
    howComputed: '参与人数 ÷ 在册村民数',
    numerator: 'participants',
    denominator: 'residents',
    scale: 100,
  },
  {
    key: 'meetingsHeld',
    label: '召开会议',
    unit: '个',
    group: '会议与活动',
    howComputed: '期间内召开并登记出勤的会议数（三会一课、村民代表会议、村民会议）',
    numerator: 'meetings_held',
  },
  {
    key: 'attendanceRate',
    label: '会议出席率',
    unit: '%',
    group: '会议与活动',
    howComputed: '期间内各次会议出席人次 ÷ 应到人次（请假计为未出席）',
    numerator: 'meeting_present',
    denominator: 'meeting_expected',
    scale: 100,
  },
  {
    key: 'activitiesHeld',
    label: '志愿服务活动',
    unit: '个',
    group: '会议与活动',
    howComputed: '期间内举办并已结束（参与时长已提出登记）的志愿服务活动数',
    numerator: 'activities_held',
  },
  {
    key: 'volunteerPersonTimes',
    label: '志愿服务人次',
    unit: '人',
    group: '会议与活动',
    howComputed: '期间内已结束的志愿服务活动的参与人次（现场签到与组织者登记）',
    numerator: 'volunteer_person_times',
  },
  {
    key: 'declarations',
    label: '申报与登记',
    unit: '件',
    group: '申报与评分',
    howComputed: '行为日期在期间内的申报与代为登记件数（已被更正替代的不计）',
    numerator: 'declarations',
  },
  {
    key: 'approvalRate',
    label: '审核通过率',
    unit: '%',
    group: '申报与评分',
    howComputed: '审核通过的件数 ÷ 申报与登记件数',
    numerator: 'declarations_approved',
    denominator: 'declarations',
    scale: 100,
  },
  {
    key: 'averageCreditScore',
    label: '平均信用积分',
    unit: '分',
    group: '申报与评分',
    howComputed: '季度或年度最新核算中各行信用积分之和 ÷ 行数（月份无核算）',
    numerator: 'credit_score_sum',
    denominator: 'credit_score_count',
    scale: 1,
  },
  {
    key: 'averageRoleDutyScore',
    label: '平均履职积分',
    unit: '分',
    group: '申报与评分',
    howComputed: '季度或年度最新核算中党员、村民代表和村干部的履职积分之和 ÷ 其人数',
    numerator: 'role_duty_score_sum',
    denominator: 'role_duty_score_count',
    scale: 1,
  },
  ...[5, 4, 3, 2, 1, 0].map((n): FigureDefinition => ({
    key: `stars${n}`,
    label: `${n} 星`,
    unit: '人',
    group: '申报与评分',
    howComputed: `年度总评为 ${n} 星的人数（年度最新核算）`,
    numerator: `stars_${n}` as BaseFigure,
  })),
  {
    key: 'objectionsRaised',
    label: '异议',
    unit: '件',
    group: '公示与异议',
    howComputed: '期间内提出的异议件数',
    numerator: 'objections_raised',
  },
  {
    key: 'objectionsUpheld',
    label: '异议成立',
    unit: '件',
    group: '公示与异议',
    howComputed: '期间内提出、答复为成立的异议件数',
    numerator: 'objections_upheld',
  },
  {
    key: 'objectionsLate',
    label: '逾期答复',
    unit: '件',
    group: '公示与异议',
    howComputed: '期间内提出、在答复期限后才答复或至今逾期未答复的异议件数',
    numerator: 'objections_late',
  },
  {
    key: 'pointsIssued',
    label: '发放可兑换积分',
    unit: '分',
    group: '积分兑换',
    howComputed: '期间内入账的可兑换积分（EARN 变动之和）',
    numerator: 'points_issued',
  },
  {
    key: 'pointsRedeemed',
    label: '兑换积分',
    unit: '分',
    group: '积分兑换',
    howComputed: '期间内兑换扣减减去取消、过期与退回退还的积分',
    numerator: 'points_redeemed',
  },
  {
    key: 'pointsExpired',
    label: '到期清零',
    unit: '分',
    group: '积分兑换',
    howComputed: '期间内到期清零的可兑换积分',
    numerator: 'points_expired',
  },
  {
    key: 'supermarketValue',
    label: '兑出物品价值',
    unit: '元',
    group: '积分兑换',
    howComputed: '期间内（按领取日期）已领取、未退回的兑换单折合金额之和',
    numerator: 'supermarket_value',
  },
  {
    key: 'honours',
    label: '获评荣誉',
    unit: '个',
    group: '结果运用',
    howComputed: '该年度已公布的评先选优荣誉个数',
    numerator: 'honours',
  },
  {
    key: 'openRectification',
    label: '未结整改',
    unit: '件',
    group: '结果运用',
    howComputed: '该年度总评开出、尚无结果的村民代表整改案件数',
    numerator: 'open_rectification',
  },
  {
    key: 'openMentoring',
    label: '帮扶中',
    unit: '件',
    group: '结果运用',
    howComputed: '该年度总评开出、尚无结果的一对一帮扶案件数',
    numerator: 'open_mentoring',
  },
  {
    key: 'problemsResolved',
    label: '解决问题',
    unit: '件',
    group: '工作成效',
    howComputed: '期间内（按解决日期）登记的解决问题件数，只计最新且未撤回的记录；镇本级登记的计入该镇',
    numerator: 'problems_resolved',
  },
  {
    key: 'costsSaved',
    label: '节约开支',
    unit: '元',
    group: '工作成效',
    howComputed:
      '期间内登记的节约开支金额之和（各条写明估算方法），只计最新且未撤回的记录；镇本级登记的计入该镇',
    numerator: 'costs_saved',
  },
  {
    key: 'complaints',
    label: '信访投诉',
    unit: '件',
    group: '工作成效',
    howComputed:
      '期间内各月登记的信访投诉件数之和（与上年同期比较），只计最新且未撤回的记录；镇本级登记的计入该镇',
    numerator: 'complaints',
  },
  {
    key: 'complaintsAgriculture',
    label: '涉农信访投诉',
    unit: '件',
    group: '工作成效',
    howComputed: '信访投诉中标明涉农的件数之和',
    numerator: 'complaints_agriculture',
  },
  {
    key: 'unitHonours',
    label: '集体荣誉',
    unit: '个',
    group: '工作成效',
    howComputed:
      '期间内（按获得日期）村或镇获得的集体荣誉个数（各级），只计最新且未撤回的记录；镇本级获得的计入该镇',
    numerator: 'unit_honours',
  },
];

/** A figure's value from a set of base sums; null when a ratio has nothing to divide by. */
export function figureValue(def: FigureDefinition, sums: ReadonlyMap<string, number>): number | null {
  const top = sums.get(def.numerator) ?? 0;
  if (!def.denominator) return Math.round(top * 100) / 100;
  const bottom = sums.get(def.denominator) ?? 0;
  if (bottom === 0) return null;
  return Math.round((top / bottom) * (def.scale ?? 1) * 100) / 100;
}
