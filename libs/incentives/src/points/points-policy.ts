import { addDays } from '@village/platform-common';
import type { TenantRef, TenantTx } from '@village/platform-tenancy';
import { ScoreTrack } from '@village/rulebook';
import { PointsAccountLevel, PointsExpiryMode } from './points-enums';
import type { PointsPolicyEntity } from './points-policy.entity';

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

/**
 * The policy rows that may be in force for a village, best first (the town's newest, else the
 * district's newest), as the FROM … LIMIT 1 of a query on `points_policy p`; `district` and `town` are
 * SQL expressions (parameters, or columns of the statement it is part of).
 */
function inForce(district: string, town: string): string {
  return `FROM points_policy p
   WHERE p.district_id = ${district} AND p.village_id IS NULL AND (p.town_id = ${town} OR p.town_id IS NULL)
   ORDER BY p.town_id IS NULL, p.created_at DESC, p.id DESC LIMIT 1`;
}

/** The policy in force for a village: the town's newest row, else the district's, else the default. */
export async function effectivePointsPolicy(tx: TenantTx, village: TenantRef): Promise<PointsPolicy> {
  const [row] = (await tx.query(
    `SELECT p.tracks, p.rate, p.deductions_reduce, p.account_level, p.expiry_mode, p.reset_month_day,
            p.validity_months ${inForce('$1', '$2')}`,
    [village.districtId, village.townId],
  )) as {
    tracks: ScoreTrack[];
    rate: string;
    deductions_reduce: boolean;
    account_level: PointsAccountLevel;
    expiry_mode: PointsExpiryMode;
    reset_month_day: string | null;
    validity_months: number | null;
  }[];
  if (!row) return DEFAULT_POINTS_POLICY;
  return {
    tracks: row.tracks,
    rate: Number(row.rate),
    deductionsReduce: row.deductions_reduce,
    accountLevel: row.account_level,
    expiryMode: row.expiry_mode,
    resetMonthDay: row.reset_month_day,
    validityMonths: row.validity_months,
  };
}

/**
 * The account level in force (as effectivePointsPolicy chooses it) as a scalar SQL expression, for a
 * statement that finds the account in the same round trip as its other reads.
 */
export function accountLevelInForce(district: string, town: string): string {
  return `coalesce((SELECT p.account_level ${inForce(district, town)}), '${DEFAULT_POINTS_POLICY.accountLevel}')`;
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
