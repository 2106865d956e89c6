import { onePixelPng } from '@village/scoring';
import { AnomalyDetectionService } from '@village/reporting';
import { REGISTER_ACT, REVIEW_DECISION } from '../support/documents/scoring';
import { expectOk, type TestApp } from '../support/test-app';
import { unique } from '../support/arrange';

/**
 * Helpers of the anomaly suites: registrations and reviews through the API as the cadre who makes them,
 * detection as the job runs it, and what the rules must never touch, read back for comparison.
 */

export interface Registration {
  residentId: string;
  itemCode: string;
  actedOn: string;
  /** Labels of evidence files: the same label is the same bytes, hence the same SHA-256. */
  photos?: string[];
}

/** A cadre registers an act for a resident (channel REGISTERED); the declaration's id. */
export async function register(t: TestApp, token: string, act: Registration): Promise<string> {
  const evidence = act.photos?.map((label, i) => ({
    fileName: `现场照片${i + 1}.png`,
    contentType: 'image/png',
    contentBase64: onePixelPng(label).toString('base64'),
  }));
  const registered = await t.gql(
    REGISTER_ACT,
    {
      input: {
        residentId: act.residentId,
        itemCode: act.itemCode,
        actedOn: act.actedOn,
        note: '测试登记',
        idempotencyKey: unique('anomaly-act-'),
        evidence,
      },
    },
    token,
  );
  return expectOk(registered).registerAct.id;
}

/** A reviewer decides a declaration (APPROVE with the points, or REJECT with a reason). */
export async function decide(
  t: TestApp,
  token: string,
  declarationId: string,
  decision: { points: number } | { rejectReason: string },
): Promise<void> {
  const input =
    'points' in decision
      ? { declarationId, decision: 'APPROVE' as const, points: decision.points }
      : { declarationId, decision: 'REJECT' as const, reason: decision.rejectReason };
  expectOk(await t.gql(REVIEW_DECISION, { input }, token));
}

/**
 * Moves registrations to another moment. When a registration was entered is the database's clock
 * (`created_at`), which a test cannot pin as it pins China's "today": so the rows are re-timed by the
 * superuser with triggers off, the only way history can be changed (as tests/scoring/ledger.spec.ts
 * tampers with an entry). `chinaTimes` are wall-clock times in China, 'YYYY-MM-DD HH:MM'.
 */
export async function retime(t: TestApp, ids: string[], chinaTimes: string[]): Promise<void> {
  if (ids.length !== chinaTimes.length) throw new Error('retime: one time per registration');
  const updates = ids
    .map(
      (id, i) =>
        `UPDATE declaration SET created_at = '${chinaTimes[i]}:00+08' WHERE id = '${id.replace(/'/g, '')}';`,
    )
    .join('\n');
  await t.db.adminQuery(`SET session_replication_role = replica;\n${updates}`);
}

/** A civil date in China `days` before now (by the real clock, as `created_at` is). */
export function chinaDaysAgo(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

/** The next civil date. */
export function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function detect(t: TestApp, districtId: string) {
  return t.app.get(AnomalyDetectionService).detectDistrict(districtId);
}

/** Everything the rules read and must leave as it was: the ledger, declarations, reviews, evidence. */
export async function untouchable(t: TestApp, districtId: string): Promise<unknown> {
  return t.db.adminQuery(
    `SELECT (SELECT count(*)::int FROM ledger_entry WHERE district_id = $1) AS entries,
            (SELECT string_agg(entry_hash, ',' ORDER BY village_id, seq) FROM ledger_entry WHERE district_id = $1) AS chain,
            (SELECT string_agg(id || ':' || status, ',' ORDER BY id) FROM declaration WHERE district_id = $1) AS declarations,
            (SELECT count(*)::int FROM declaration_review WHERE district_id = $1) AS reviews,
            (SELECT count(*)::int FROM declaration_evidence WHERE district_id = $1) AS evidence,
            (SELECT string_agg(id || ':' || coalesce(household_id::text, '-'), ',' ORDER BY id)
               FROM resident WHERE district_id = $1) AS residents`,
    [districtId],
  );
}
