import { addDays } from '@village/platform-common';
import type { TenantRef, TenantTx } from '@village/platform-tenancy';
import { ScoreTrack } from '@village/rulebook';
import { PointsAccountLevel, PointsExpiryMode } from './points-enums';
import { PointsPolicyEntity } from './points-policy.entity';

export type PointsPolicy = Pick<
  PointsPolicyEntity,
  'tracks' | 'rate' | 'deductionsReduce' | 'accountLevel' | 'expiryMode' | 'resetMonthDay' | 'validityMonths'
>;

/** Before a district sets its own: credit points one for one, deductions left out, reset every 31 Dec. */
export const DEFAULT_POINTS_POLICY: PointsPolicy = {
  tracks: [ScoreTrack.CREDIT],
  rate: 1,
  deductionsReduce: false,
  accountLevel: PointsAccountLevel.RESIDENT,
  expiryMode: PointsExpiryMode.YEARLY,
  resetMonthDay: '12-31',
  validityMonths: null,
};

/** The policy in force for a village: the town's newest row, else the district's, else the default. */
export async function effectivePointsPolicy(tx: TenantTx, village: TenantRef): Promise<PointsPolicy> {
  const [row] = await tx
    .createQueryBuilder(PointsPolicyEntity, 'p')
    .where('p.districtId = :d AND p.villageId IS NULL', { d: village.districtId })
    .andWhere('(p.townId = :t OR p.townId IS NULL)', { t: village.townId })
    .orderBy('p.townId IS NULL', 'ASC')
    .addOrderBy('p.createdAt', 'DESC')
    .addOrderBy('p.id', 'DESC')
    .limit(1)
    .getMany();
  return row ?? DEFAULT_POINTS_POLICY;
}

/** The last day a lot credited on `earnedOn` may be spent, or null when it never expires. */
export function lotExpiry(policy: PointsPolicy, earnedOn: string): string | null {
  const year = Number(earnedOn.slice(0, 4));
  if (policy.expiryMode === PointsExpiryMode.YEARLY) {
    // Spendable through the reset day; a lot credited after this year's reset lasts until next year's.
    const thisYear = `${year}-${policy.resetMonthDay ?? '12-31'}`;
    return thisYear >= earnedOn ? thisYear : `${year + 1}-${policy.resetMonthDay ?? '12-31'}`;
  }
  if (policy.expiryMode === PointsExpiryMode.QUARTERLY) {
    const month = Number(earnedOn.slice(5, 7));
    const nextQuarterMonth = Math.floor((month - 1) / 3) * 3 + 4;
    const start =
      nextQuarterMonth > 12 ? `${year + 1}-01-01` : `${year}-${String(nextQuarterMonth).padStart(2, '0')}-01`;
    return addDays(start, -1);
  }
  if (policy.validityMonths === null) return null;
  const total = year * 12 + Number(earnedOn.slice(5, 7)) - 1 + policy.validityMonths;
  const day = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
  return addDays(day, -1);
}
