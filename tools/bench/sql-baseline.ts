import type { Client } from 'pg';
import { APP_ROLE } from '@village/platform-db';

/**
 * The hand-written SQL doing the tally's job for the first quarter in ONE statement (for the whole
 * district, or for one village): for every active resident, credit score = base + Σ CREDIT points and,
 * for party members and representatives on the quarter's last day, role-duty score = base + Σ ROLE_DUTY
 * points, over entries acted on from 1 January to the quarter's end (year to date, reversals included)
 * up to the village's last ledger seq (the anchor); the quarter's own points per track; veto flags; ranks
 * within the village (key people by role-duty then credit score, villagers by credit score, competition
 * ranks 1, 2, 2, 4); the lines WRITTEN to bench.sql_tally_line and one header per village with the
 * anchor, the count and a SHA-256 over the ordered lines to bench.sql_tally. Base scores come from the
 * framework behind the village's adopted list for the year. Runs as superuser, so without row-level
 * security: the service pays for RLS, the baseline does not.
 */
export const BASELINE_TABLE = 'bench.sql_tally_line';

export async function createBaselineTables(client: Client): Promise<void> {
  await client.query(`
    CREATE TABLE ${BASELINE_TABLE} (
      village_id uuid NOT NULL,
      resident_id uuid NOT NULL,
      resident_name varchar(64) NOT NULL,
      subject_types varchar(16)[] NOT NULL,
      probationary boolean NOT NULL,
      credit_points numeric(12, 2) NOT NULL,
      credit_score numeric(12, 2) NOT NULL,
      period_credit_points numeric(12, 2) NOT NULL,
      role_duty_points numeric(12, 2),
      role_duty_score numeric(12, 2),
      period_role_duty_points numeric(12, 2),
      rank_group varchar(16) NOT NULL,
      rank int NOT NULL,
      vetoed boolean NOT NULL,
      entries int NOT NULL,
      PRIMARY KEY (village_id, resident_id));
    CREATE TABLE bench.sql_tally (
      village_id uuid PRIMARY KEY,
      ledger_seq bigint NOT NULL,
      ledger_anchor_hash varchar(64) NOT NULL,
      resident_count int NOT NULL,
      content_hash varchar(64) NOT NULL);`);
}

const BASELINE_SQL = `
  WITH period AS (
    SELECT sp.village_id, make_date(sp.year, 1, 1) AS from_date, sp.starts_on, sp.ends_on, f.list_id,
           (f.rules ->> 'creditBaseScore')::numeric AS credit_base,
           (f.rules ->> 'roleDutyBaseScore')::numeric AS role_duty_base,
           a.seq AS anchor_seq, a.entry_hash AS anchor_hash
    FROM scoring_period sp
    CROSS JOIN LATERAL (
      SELECT l.id AS list_id, fw.rules FROM scoring_list l
      JOIN town_manual m ON m.id = l.manual_id
      JOIN framework fw ON fw.id = m.framework_id
      WHERE l.village_id = sp.village_id AND l.status = 'ADOPTED' AND fw.year = sp.year
      ORDER BY l.version DESC LIMIT 1) f
    CROSS JOIN LATERAL (
      SELECT e.seq, e.entry_hash FROM ledger_entry e WHERE e.village_id = sp.village_id
      ORDER BY e.seq DESC LIMIT 1) a
    WHERE sp.kind = 'QUARTER' AND sp.year = $1 AND sp.number = 1 AND sp.village_id = ANY ($2::uuid[])
  ),
  roles AS (
    SELECT sr.resident_id,
           array_agg(DISTINCT sr.subject_type ORDER BY sr.subject_type) AS types,
           bool_or(sr.subject_type IN ('PARTY_MEMBER', 'REPRESENTATIVE')) AS key_person,
           bool_or(sr.probationary AND sr.subject_type = 'PARTY_MEMBER') AS probationary
    FROM subject_role sr JOIN period p ON p.village_id = sr.village_id
    WHERE sr.start_date <= p.ends_on AND (sr.end_date IS NULL OR sr.end_date >= p.ends_on)
    GROUP BY sr.resident_id
  ),
  sums AS (
    SELECT e.resident_id,
           sum(e.points) FILTER (WHERE e.track = 'CREDIT') AS credit,
           sum(e.points) FILTER (WHERE e.track = 'CREDIT' AND e.acted_on >= p.starts_on) AS period_credit,
           sum(e.points) FILTER (WHERE e.track = 'ROLE_DUTY') AS role_duty,
           sum(e.points) FILTER (WHERE e.track = 'ROLE_DUTY' AND e.acted_on >= p.starts_on) AS period_role_duty,
           count(*) AS entries
    FROM ledger_entry e JOIN period p ON p.village_id = e.village_id
    WHERE e.acted_on BETWEEN p.from_date AND p.ends_on AND e.seq <= p.anchor_seq
    GROUP BY e.resident_id
  ),
  vetoed AS (
    SELECT DISTINCT e.resident_id
    FROM period p
    JOIN scoring_list_item i ON i.list_id = p.list_id AND i.veto
    JOIN ledger_entry e ON e.village_id = p.village_id AND e.item_code = i.code
    WHERE e.kind = 'NORMAL' AND e.acted_on BETWEEN p.from_date AND p.ends_on AND e.seq <= p.anchor_seq
      AND NOT EXISTS (SELECT 1 FROM ledger_entry r
                      WHERE r.reverses_entry_id = e.id AND r.kind = 'REVERSAL' AND r.seq <= p.anchor_seq)
  ),
  lines AS (
    SELECT r.village_id, r.id AS resident_id, r.name AS resident_name,
           coalesce(ro.types, '{}') AS subject_types, coalesce(ro.probationary, false) AS probationary,
           coalesce(ro.key_person, false) AS key_person,
           coalesce(s.credit, 0) AS credit_points,
           p.credit_base + coalesce(s.credit, 0) AS credit_score,
           coalesce(s.period_credit, 0) AS period_credit_points,
           CASE WHEN ro.key_person THEN coalesce(s.role_duty, 0) END AS role_duty_points,
           CASE WHEN ro.key_person THEN p.role_duty_base + coalesce(s.role_duty, 0) END AS role_duty_score,
           CASE WHEN ro.key_person THEN coalesce(s.period_role_duty, 0) END AS period_role_duty_points,
           v.resident_id IS NOT NULL AS vetoed,
           coalesce(s.entries, 0) AS entries
    FROM resident r
    JOIN period p ON p.village_id = r.village_id
    LEFT JOIN roles ro ON ro.resident_id = r.id
    LEFT JOIN sums s ON s.resident_id = r.id
    LEFT JOIN vetoed v ON v.resident_id = r.id
    WHERE r.status = 'ACTIVE'
  ),
  written AS (
    INSERT INTO ${BASELINE_TABLE}
      (village_id, resident_id, resident_name, subject_types, probationary, credit_points, credit_score,
       period_credit_points, role_duty_points, role_duty_score, period_role_duty_points, rank_group, rank,
       vetoed, entries)
    SELECT village_id, resident_id, resident_name, subject_types, probationary, credit_points, credit_score,
           period_credit_points, role_duty_points, role_duty_score, period_role_duty_points,
           CASE WHEN key_person THEN 'KEY' ELSE 'VILLAGER' END,
           rank() OVER (PARTITION BY village_id, key_person
                        ORDER BY CASE WHEN key_person THEN role_duty_score END DESC NULLS LAST,
                                 credit_score DESC),
           vetoed, entries
    FROM lines
    RETURNING *
  )
  INSERT INTO bench.sql_tally (village_id, ledger_seq, ledger_anchor_hash, resident_count, content_hash)
  SELECT w.village_id, p.anchor_seq, p.anchor_hash, count(*),
         encode(sha256(convert_to(string_agg(
           concat_ws('|', w.resident_id, w.credit_score, w.role_duty_score, w.period_credit_points,
                     w.period_role_duty_points, w.rank_group, w.rank, w.vetoed),
           E'\n' ORDER BY w.rank_group, w.rank, w.resident_id), 'UTF8')), 'hex')
  FROM written w JOIN period p ON p.village_id = w.village_id
  GROUP BY w.village_id, p.anchor_seq, p.anchor_hash`;

export interface BaselineRun {
  ms: number;
  lines: number;
  entries: number;
}

/** `district`: one statement for every village; `village`: one statement per village, in turn. */
export async function runBaseline(
  client: Client,
  year: number,
  villageIds: string[],
  mode: 'district' | 'village',
): Promise<BaselineRun> {
  await client.query(`TRUNCATE ${BASELINE_TABLE}, bench.sql_tally`);
  await client.query('CHECKPOINT');
  const started = performance.now();
  if (mode === 'district') {
    await client.query(BASELINE_SQL, [year, villageIds]);
  } else {
    for (const id of villageIds) await client.query(BASELINE_SQL, [year, [id]]);
  }
  const ms = performance.now() - started;
  const { rows } = await client.query<{ lines: string; entries: string }>(
    `SELECT count(*) AS lines, coalesce(sum(entries), 0) AS entries FROM ${BASELINE_TABLE}`,
  );
  return { ms, lines: Number(rows[0].lines), entries: Number(rows[0].entries) };
}

/**
 * The same per-village statement, but as the application's database role under each village's scope, so
 * row-level security applies exactly as it does to the service: the difference between this and the
 * superuser runs is the price of enforcing tenancy per row, the difference between the service and this
 * is the service's own overhead.
 */
export async function runBaselineUnderRls(
  client: Client,
  year: number,
  villages: { id: string; districtId: string; townId: string }[],
): Promise<BaselineRun> {
  await client.query(`TRUNCATE ${BASELINE_TABLE}, bench.sql_tally`);
  await client.query(`GRANT USAGE ON SCHEMA bench TO ${APP_ROLE}`);
  await client.query(`GRANT SELECT, INSERT ON ${BASELINE_TABLE}, bench.sql_tally TO ${APP_ROLE}`);
  await client.query('CHECKPOINT');
  const started = performance.now();
  for (const village of villages) {
    await client.query('BEGIN');
    try {
      await client.query(`SET LOCAL ROLE ${APP_ROLE}`);
      // The settings TenantDb makes for a village-scoped request (see libs/platform/tenancy).
      await client.query(
        `SELECT set_config('app.scope_districts', '{}', true), set_config('app.scope_towns', '{}', true),
                set_config('app.scope_villages', $1, true), set_config('app.scope_ancestors', $2, true)`,
        [`{${village.id}}`, `{${village.districtId},${village.townId}}`],
      );
      await client.query(BASELINE_SQL, [year, [village.id]]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
  const ms = performance.now() - started;
  const { rows } = await client.query<{ lines: string; entries: string }>(
    `SELECT count(*) AS lines, coalesce(sum(entries), 0) AS entries FROM ${BASELINE_TABLE}`,
  );
  return { ms, lines: Number(rows[0].lines), entries: Number(rows[0].entries) };
}
