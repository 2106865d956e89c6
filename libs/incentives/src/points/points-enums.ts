import { registerLabelledEnum } from '@village/platform-common';

/** Whose balance points are credited to: each resident, or the household (as the district chooses). */
export enum PointsAccountLevel {
  RESIDENT = 'RESIDENT',
  HOUSEHOLD = 'HOUSEHOLD',
}

/** When lots expire: at a yearly reset date, at the end of the quarter they were credited in, or by age. */
export enum PointsExpiryMode {
  YEARLY = 'YEARLY',
  QUARTERLY = 'QUARTERLY',
  NONE = 'NONE',
}

export enum PointsMovementKind {
  /** A lot credited from a final period's approved points. */
  EARN = 'EARN',
  /** Points taken from one lot by a reservation. */
  SPEND = 'SPEND',
  /** Points given back to the lot they came from (cancelled, expired or refunded redemption). */
  RELEASE = 'RELEASE',
  /** A lot's remainder at its expiry or reset date. */
  EXPIRE = 'EXPIRE',
  /** A correction: the negation of an earlier movement, reasoned and attributed. */
  REVERSAL = 'REVERSAL',
}

registerLabelledEnum(PointsAccountLevel, 'PointsAccountLevel', '可兑换积分的记账单位', {
  [PointsAccountLevel.RESIDENT]: '按人',
  [PointsAccountLevel.HOUSEHOLD]: '按户',
});
registerLabelledEnum(PointsExpiryMode, 'PointsExpiryMode', '可兑换积分的有效期方式', {
  [PointsExpiryMode.YEARLY]: '每年定日清零',
  [PointsExpiryMode.QUARTERLY]: '当季有效（季末清零）',
  [PointsExpiryMode.NONE]: '不清零（可设有效月数）',
});
registerLabelledEnum(PointsMovementKind, 'PointsMovementKind', '可兑换积分流水类型', {
  [PointsMovementKind.EARN]: '积分入账',
  [PointsMovementKind.SPEND]: '兑换扣减',
  [PointsMovementKind.RELEASE]: '兑换退回',
  [PointsMovementKind.EXPIRE]: '到期清零',
  [PointsMovementKind.REVERSAL]: '冲正',
});
