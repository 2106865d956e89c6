import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { todayInChina } from '@village/platform-common';
import { villageTenant, type TenantTx } from '@village/platform-tenancy';
import { OrgUnitEntity } from '@village/platform-tenancy';
import { ScoringPeriodKind, type PeriodFinalListener, type ScoringPeriodEntity } from '@village/scoring';
import { openYearCases } from '../constraints/open-year-cases';
import { ensureAccounts, holderKey, holderOf, type AccountHolder } from './points-accounts';
import { appendMovements } from './points-chain';
import { PointsMovementKind } from './points-enums';
import { effectivePointsPolicy, lotExpiry, type PointsPolicy } from './points-policy';

interface EarnedRow {
  resident_id: string;
  household_id: string | null;
  gained: string | null;
  lost: string | null;
}

/** A resident's redeemable points from a period's approved points under the policy (never below 0). */
export function earnedPoints(policy: PointsPolicy, gained: number, lost: number): number {
  const base = gained + (policy.deductionsReduce ? lost : 0);
  return Math.max(0, Math.round(base * policy.rate * 100) / 100);
}

/**
 * Credits a quarter's redeemable points in lots when the quarter becomes final (the period-final
 * port, inside the transaction that makes it final). Approved points are the ledger's entries acted in
 * the quarter on the policy's tracks — the village record, not the district's (record level); a
 * reversal counts with the sign of what it reverses, so "deductions reduce" treats a reversed
 * deduction as a deduction undone. One lot and one EARN movement per account; a rerun finds the
 * quarter's lots and credits nothing twice.
 */
export async function creditPeriodPoints(tx: TenantTx, period: ScoringPeriodEntity): Promise<number> {
  if (period.kind !== ScoringPeriodKind.QUARTER) return 0;
  const villageId = period.villageId as string;
  const [done] = (await tx.query(
    'SELECT 1 FROM points_lot WHERE village_id = $1 AND period_id = $2 LIMIT 1',
    [villageId, period.id],
  )) as unknown[];
  if (done) return 0;
  const village = await tx.findOneByOrFail(OrgUnitEntity, { id: villageId });
  const policy = await effectivePointsPolicy(tx, village);
  const rows = (await tx.query(
    `SELECT e.resident_id, r.household_id,
            sum(e.points) FILTER (WHERE CASE WHEN e.kind = 'REVERSAL' THEN -e.points ELSE e.points END > 0) AS gained,
            sum(e.points) FILTER (WHERE CASE WHEN e.kind = 'REVERSAL' THEN -e.points ELSE e.points END < 0) AS lost
       FROM ledger_entry e JOIN resident r ON r.id = e.resident_id
      WHERE e.village_id = $1 AND e.acted_on BETWEEN $2 AND $3 AND e.track = ANY($4::varchar[])
        AND e.record_level <> 'DISTRICT'
      GROUP BY e.resident_id, r.household_id`,
    [villageId, period.startsOn, period.endsOn, policy.tracks],
  )) as EarnedRow[];
  const byHolder = new Map<string, { holder: AccountHolder; points: number }>();
  for (const row of rows) {
    const points = earnedPoints(policy, Number(row.gained ?? 0), Number(row.lost ?? 0));
    if (points <= 0) continue;
    const holder = holderOf(policy, { id: row.resident_id, householdId: row.household_id });
    const key = holderKey(holder);
    const sum = byHolder.get(key) ?? { holder, points: 0 };
    sum.points = Math.round((sum.points + points) * 100) / 100;
    byHolder.set(key, sum);
  }
  if (byHolder.size === 0) return 0;
  const keys = villageTenant(village);
  const credits = [...byHolder.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const accounts = await ensureAccounts(
    tx,
    keys,
    credits.map(([, c]) => c.holder),
  );
  const today = todayInChina();
  const expiresOn = lotExpiry(policy, today);
  const lots = credits.map(([key, c]) => ({
    id: randomUUID(),
    accountId: accounts.get(key) as string,
    points: c.points,
  }));
  await tx.query(
    `INSERT INTO points_lot (id, district_id, town_id, village_id, account_id, period_id, amount, remaining, earned_on, expires_on)
     SELECT l.id, $1, $2, $3, l.account_id, $4, l.amount, l.amount, $5, $6
       FROM unnest($7::uuid[], $8::uuid[], $9::numeric[]) AS l(id, account_id, amount)`,
    [
      keys.districtId,
      keys.townId,
      keys.villageId,
      period.id,
      today,
      expiresOn,
      lots.map((l) => l.id),
      lots.map((l) => l.accountId),
      lots.map((l) => l.points),
    ],
  );
  // Accounts in id order, so two writers of overlapping accounts lock them in the same order.
  await tx.query(
    `UPDATE points_account a SET balance = a.balance + c.amount
       FROM (SELECT * FROM unnest($1::uuid[], $2::numeric[]) AS c(id, amount) ORDER BY id) c
      WHERE a.id = c.id`,
    [lots.map((l) => l.accountId), lots.map((l) => l.points)],
  );
  await appendMovements(
    tx,
    keys,
    lots.map((l) => ({
      kind: PointsMovementKind.EARN,
      accountId: l.accountId,
      lotId: l.id,
      points: l.points,
      occurredOn: today,
      periodId: period.id,
      reason: `${period.year} 年第 ${period.number} 季度积分定案入账`,
      idempotencyKey: `earn:${period.id}:${l.accountId}`,
    })),
  );
  return lots.length;
}

/**
 * What the app wires into scoring's period-final port: a final quarter credits its points; a final
 * year opens its cases (rectification, handling records, mentoring) from the grades.
 */
@Injectable()
export class IncentivesPeriodFinal implements PeriodFinalListener {
  async periodFinal(tx: TenantTx, period: ScoringPeriodEntity): Promise<void> {
    await creditPeriodPoints(tx, period);
    await openYearCases(tx, period);
  }
}
