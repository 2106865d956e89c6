import type { TenantTx } from '@village/platform-tenancy';
import { SubjectType } from '@village/platform-common';
import { GENESIS_HASH } from '../ledger/ledger-hash';
import { lastLedgerEntry } from '../ledger/ledger-head';
import { lockVillageScoring } from '../ledger/village-scoring-lock';

/** Where a tally reads the ledger up to: the village's last entry, held still by the ledger's lock. */
export interface LedgerAnchor {
  seq: number;
  hash: string;
}

export interface ResidentSums {
  credit: number;
  periodCredit: number;
  roleDuty: number;
  periodRoleDuty: number;
  /** A veto item's entry stands (not reversed) in the window. */
  vetoed: boolean;
}

export interface TallyPerson {
  id: string;
  name: string;
  subjectTypes: SubjectType[];
  probationary: boolean;
}

export interface TallyWindow {
  villageId: string;
  /** 1 January of the year. */
  startsOn: string;
  /** The period's last day. */
  endsOn: string;
  /** The period's first day (a quarter's own column). */
  periodStartsOn: string;
  /** Entries after this seq are not read. */
  maxSeq: number;
}

const SUBJECT_ORDER = Object.values(SubjectType);

/**
 * Blocks appends to the village's ledger until the caller's transaction ends (the village's scoring lock,
 * which every append takes), then reads the last entry: the tally and its anchor see one and the same ledger.
 */
export async function lockLedgerAnchor(tx: TenantTx, villageId: string): Promise<LedgerAnchor> {
  await lockVillageScoring(tx, villageId);
  const last = await lastLedgerEntry(tx, villageId);
  return last ? { seq: Number(last.seq), hash: last.entry_hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Who is on a tally, and as what, in name order. Scores are year-to-date, so a line is due to every
 * active resident who held a subject role at some time in the window (1 January to the period's last
 * day) — and only to them: someone registered after the period ended (on 3 January, before the fourth
 * quarter is tallied) was not scored in it and has no line. A line shows the roles held on the
 * period's last day; for someone whose roles all ended before it, the roles held on the last day they
 * held any (what they were when they stopped), not every role of the window, so ending a role early
 * never makes a villager a key person.
 */
export async function tallyPeople(tx: TenantTx, window: TallyWindow): Promise<TallyPerson[]> {
  const rows = (await tx.query(
    `WITH held AS (
       SELECT sr.resident_id, sr.subject_type, sr.probationary, sr.start_date, sr.end_date
         FROM subject_role sr
        WHERE sr.village_id = $1 AND sr.start_date <= $3 AND (sr.end_date IS NULL OR sr.end_date >= $2)
     ), as_of AS (
       SELECT resident_id, max(LEAST(COALESCE(end_date, $3::date), $3::date)) AS day
         FROM held GROUP BY resident_id
     )
     SELECT r.id, r.name,
            array_agg(DISTINCT h.subject_type) AS types,
            bool_or(h.probationary AND h.subject_type = 'PARTY_MEMBER') AS probationary
       FROM resident r
       JOIN as_of a ON a.resident_id = r.id
       JOIN held h ON h.resident_id = r.id AND h.start_date <= a.day AND (h.end_date IS NULL OR h.end_date >= a.day)
      WHERE r.village_id = $1 AND r.status = 'ACTIVE'
      GROUP BY r.id, r.name
      ORDER BY r.name, r.id`,
    [window.villageId, window.startsOn, window.endsOn],
  )) as { id: string; name: string; types: SubjectType[]; probationary: boolean }[];
  return rows.map((row) => {
    const held = new Set(row.types);
    return {
      id: row.id,
      name: row.name,
      subjectTypes: SUBJECT_ORDER.filter((t) => held.has(t)),
      probationary: row.probationary,
    };
  });
}

/**
 * Year-to-date and in-period sums per resident and track, reversals included, and whether a veto item
 * stands (one grouped scan). A reversal copies its entry's item code and is unique per entry, so a veto
 * stands when the resident's veto-coded NORMAL entries outnumber the veto-coded reversals.
 */
export async function ledgerSums(
  tx: TenantTx,
  window: TallyWindow,
  vetoCodes: readonly string[] = [],
): Promise<Map<string, ResidentSums>> {
  const rows = (await tx.query(
    `SELECT resident_id,
            COALESCE(SUM(points) FILTER (WHERE track = 'CREDIT'), 0) AS credit,
            COALESCE(SUM(points) FILTER (WHERE track = 'CREDIT' AND acted_on >= $4), 0) AS period_credit,
            COALESCE(SUM(points) FILTER (WHERE track = 'ROLE_DUTY'), 0) AS role_duty,
            COALESCE(SUM(points) FILTER (WHERE track = 'ROLE_DUTY' AND acted_on >= $4), 0) AS period_role_duty,
            COALESCE(SUM(CASE kind WHEN 'NORMAL' THEN 1 ELSE -1 END) FILTER (WHERE item_code = ANY ($6)), 0)
              AS standing_vetoes
       FROM ledger_entry
      WHERE village_id = $1 AND acted_on BETWEEN $2 AND $3 AND seq <= $5 AND record_level <> 'DISTRICT'
      GROUP BY resident_id`,
    [window.villageId, window.startsOn, window.endsOn, window.periodStartsOn, window.maxSeq, vetoCodes],
  )) as Record<string, string>[];
  return new Map(
    rows.map((r) => [
      r.resident_id,
      {
        credit: Number(r.credit),
        periodCredit: Number(r.period_credit),
        roleDuty: Number(r.role_duty),
        periodRoleDuty: Number(r.period_role_duty),
        vetoed: Number(r.standing_vetoes) > 0,
      },
    ]),
  );
}

/** The veto items' codes on a scoring list (usually a handful). */
export async function vetoCodesOf(tx: TenantTx, listId: string): Promise<string[]> {
  const rows = (await tx.query('SELECT code FROM scoring_list_item WHERE list_id = $1 AND veto', [
    listId,
  ])) as {
    code: string;
  }[];
  return rows.map((r) => r.code);
}

/**
 * The veto items (一票否决) standing against each resident in the window (not reversed as of the anchor),
 * as 'code name' for the year-end notes. Only read when ledgerSums found one.
 */
export async function vetoedResidents(
  tx: TenantTx,
  window: TallyWindow,
  listId: string,
): Promise<Map<string, string[]>> {
  const rows = (await tx.query(
    `SELECT e.resident_id, e.item_code, e.item_name
       FROM ledger_entry e
       JOIN scoring_list_item i ON i.list_id = $5 AND i.code = e.item_code AND i.veto
      WHERE e.village_id = $1 AND e.kind = 'NORMAL' AND e.acted_on BETWEEN $2 AND $3 AND e.seq <= $4
        AND NOT EXISTS (SELECT 1 FROM ledger_entry r
                         WHERE r.reverses_entry_id = e.id AND r.kind = 'REVERSAL' AND r.seq <= $4)
      ORDER BY e.seq`,
    [window.villageId, window.startsOn, window.endsOn, window.maxSeq, listId],
  )) as { resident_id: string; item_code: string; item_name: string }[];
  const vetoes = new Map<string, string[]>();
  for (const row of rows) {
    vetoes.set(row.resident_id, [
      ...(vetoes.get(row.resident_id) ?? []),
      `${row.item_code} ${row.item_name}`,
    ]);
  }
  return vetoes;
}
