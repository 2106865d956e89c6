import { randomUUID } from 'node:crypto';
import type { TenantTx } from '@village/platform-tenancy';
import { PointsAccountLevel } from './points-enums';
import type { PointsPolicy } from './points-policy';
import type { VillageKeys } from './points-chain';

/** Who holds an account: a resident, or (when the policy keeps accounts per household) a household. */
export interface AccountHolder {
  residentId: string | null;
  householdId: string | null;
}

/** The account a resident's points go to and are spent from under `policy`. */
export function holderOf(
  policy: Pick<PointsPolicy, 'accountLevel'>,
  resident: { id: string; householdId: string | null },
): AccountHolder {
  return policy.accountLevel === PointsAccountLevel.HOUSEHOLD && resident.householdId
    ? { residentId: null, householdId: resident.householdId }
    : { residentId: resident.id, householdId: null };
}

export function holderKey(holder: AccountHolder): string {
  return holder.householdId ? `H:${holder.householdId}` : `R:${holder.residentId}`;
}

/**
 * The ids of the holders' accounts, opening the missing ones (one INSERT … ON CONFLICT DO NOTHING, so
 * two transactions opening the same account at once both end with the one row).
 */
export async function ensureAccounts(
  tx: TenantTx,
  village: VillageKeys,
  holders: readonly AccountHolder[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (holders.length === 0) return ids;
  await tx.query(
    `INSERT INTO points_account (id, district_id, town_id, village_id, resident_id, household_id, balance)
     SELECT h.id, $1, $2, $3, h.resident_id, h.household_id, 0
       FROM unnest($4::uuid[], $5::uuid[], $6::uuid[]) AS h(id, resident_id, household_id)
     ON CONFLICT DO NOTHING`,
    [
      village.districtId,
      village.townId,
      village.villageId,
      holders.map(() => randomUUID()),
      holders.map((h) => h.residentId),
      holders.map((h) => h.householdId),
    ],
  );
  const rows = (await tx.query(
    `SELECT id, resident_id, household_id FROM points_account
      WHERE resident_id = ANY($1::uuid[]) OR household_id = ANY($2::uuid[])`,
    [
      holders.filter((h) => h.residentId).map((h) => h.residentId),
      holders.filter((h) => h.householdId).map((h) => h.householdId),
    ],
  )) as { id: string; resident_id: string | null; household_id: string | null }[];
  for (const row of rows) {
    ids.set(holderKey({ residentId: row.resident_id, householdId: row.household_id }), row.id);
  }
  return ids;
}
