import { randomUUID } from 'node:crypto';
import { BadInputException, timeOrderedUuids } from '@village/platform-common';
import type { TenantTx } from '@village/platform-tenancy';
import { villageRulebook, type VillageRulebook } from '@village/rulebook';
import { ScoringPeriodKind } from '../periods/period-enums';
import type { ScoringPeriodEntity } from '../periods/scoring-period.entity';
import { periodLabel } from '../periods/scoring-period.service';
import { ScoreTallyEntity } from './score-tally.entity';
import { tallyContentHash, type HashedTally } from './tally-hash';
import { standingJudgements } from './standing-judgements';
import { districtRecordPoints } from '../ledger/district-record';
import {
  ledgerSums,
  lockLedgerAnchor,
  tallyPeople,
  vetoCodesOf,
  vetoedResidents,
  type TallyWindow,
} from './tally-inputs';
import { buildTallyLines, type TallyLineDraft } from './tally-lines';
import type { YearEndEvaluation } from './year-end-evaluation.port';

/** The tally's reading window: year-to-date up to the period's last day. */
export function windowOf(period: ScoringPeriodEntity, maxSeq: number): TallyWindow {
  return {
    villageId: period.villageId as string,
    startsOn: `${period.year}-01-01`,
    endsOn: period.endsOn,
    periodStartsOn: period.startsOn,
    maxSeq,
  };
}

export async function requireRulebook(tx: TenantTx, period: ScoringPeriodEntity): Promise<VillageRulebook> {
  const rulebook = await villageRulebook(tx, period.villageId as string, period.year);
  if (!rulebook) {
    throw BadInputException.field('periodId', `该村尚无 ${period.year} 年度已通过的积分评价清单，不能核算`);
  }
  return rulebook;
}

/**
 * Computes and stores the next version of a period's tally inside the caller's transaction. The ledger
 * is locked for the village while it reads, so the anchor and the sums describe one moment.
 */
export async function writeTally(
  tx: TenantTx,
  period: ScoringPeriodEntity,
  reason: string,
  yearEnd: YearEndEvaluation,
): Promise<ScoreTallyEntity> {
  const { ctx } = tx;
  const rulebook = await requireRulebook(tx, period);
  const anchor = await lockLedgerAnchor(tx, period.villageId as string);
  const window = windowOf(period, anchor.seq);
  // One after another: a transaction's statements share one connection.
  const people = await tallyPeople(tx, window);
  const vetoCodes = await vetoCodesOf(tx, rulebook.list.id);
  const sums = await ledgerSums(tx, window, vetoCodes);
  let lines: TallyLineDraft[] = buildTallyLines(people, sums, rulebook.rules);
  if (period.kind === ScoringPeriodKind.YEAR) {
    const vetoes = lines.some((l) => l.vetoed)
      ? await vetoedResidents(tx, window, rulebook.list.id)
      : new Map<string, string[]>();
    const judgements = await standingJudgements(tx, window);
    const districtPoints = rulebook.rules.letterGrades?.length
      ? new Map(
          [...(await districtRecordPoints(tx, window.villageId, window.endsOn, window.maxSeq))].map(
            ([id, r]) => [id, r.points],
          ),
        )
      : undefined;
    lines = await yearEnd.evaluate(tx, period, lines, { vetoes, judgements, districtPoints }, rulebook.rules);
  }
  const [previous] = (await tx.query('SELECT max(version) AS v FROM score_tally WHERE period_id = $1', [
    period.id,
  ])) as { v: number | null }[];
  const header: HashedTally & { id: string } = {
    id: randomUUID(),
    villageId: period.villageId as string,
    periodId: period.id,
    periodKind: period.kind,
    year: period.year,
    number: period.number,
    version: (previous?.v ?? 0) + 1,
    windowStartsOn: window.startsOn,
    windowEndsOn: window.endsOn,
    periodStartsOn: window.periodStartsOn,
    ledgerSeq: anchor.seq,
    ledgerAnchorHash: anchor.hash,
    rules: rulebook.rules,
  };
  await tx.insert(ScoreTallyEntity, {
    ...header,
    districtId: period.districtId,
    townId: period.townId,
    periodKind: period.kind,
    residentCount: lines.length,
    contentHash: tallyContentHash(header, lines),
    reason: reason.trim() || `${periodLabel(period)}积分核算`,
    createdBy: ctx.user?.id ?? null,
  });
  await insertLines(tx, period, header.id, lines);
  return tx.findOneByOrFail(ScoreTallyEntity, { id: header.id });
}

/**
 * All lines in one statement (a village has hundreds of residents; the district benchmark, 500,000), with
 * time-ordered ids so the primary key grows at its end.
 */
async function insertLines(
  tx: TenantTx,
  period: ScoringPeriodEntity,
  tallyId: string,
  lines: readonly TallyLineDraft[],
): Promise<void> {
  if (lines.length === 0) return;
  const column = <T>(pick: (l: TallyLineDraft) => T) => lines.map(pick);
  await tx.query(
    `INSERT INTO score_tally_line
       (id, district_id, town_id, village_id, tally_id, resident_id, resident_name, subject_types, probationary,
        credit_points, credit_score, period_credit_points, role_duty_points, role_duty_score,
        period_role_duty_points, rank_group, rank, vetoed, evaluation)
     SELECT u.id, $1, $2, $3, $4, u.resident_id, u.resident_name,
            string_to_array(u.subject_types, ',')::varchar[], u.probationary,
            u.credit_points, u.credit_score, u.period_credit_points, u.role_duty_points, u.role_duty_score,
            u.period_role_duty_points, u.rank_group, u.rank, u.vetoed, u.evaluation::jsonb
       FROM unnest($5::uuid[], $6::text[], $7::text[], $8::bool[], $9::numeric[], $10::numeric[],
                   $11::numeric[], $12::numeric[], $13::numeric[], $14::numeric[], $15::text[], $16::int[],
                   $17::bool[], $18::text[], $19::uuid[])
         AS u(resident_id, resident_name, subject_types, probationary, credit_points, credit_score,
              period_credit_points, role_duty_points, role_duty_score, period_role_duty_points, rank_group,
              rank, vetoed, evaluation, id)`,
    [
      period.districtId,
      period.townId,
      period.villageId,
      tallyId,
      column((l) => l.residentId),
      column((l) => l.residentName),
      column((l) => l.subjectTypes.join(',')),
      column((l) => l.probationary),
      column((l) => l.creditPoints),
      column((l) => l.creditScore),
      column((l) => l.periodCreditPoints),
      column((l) => l.roleDutyPoints),
      column((l) => l.roleDutyScore),
      column((l) => l.periodRoleDutyPoints),
      column((l) => l.rankGroup),
      column((l) => l.rank),
      column((l) => l.vetoed),
      column((l) => (l.evaluation ? JSON.stringify(l.evaluation) : null)),
      timeOrderedUuids(lines.length),
    ],
  );
}
