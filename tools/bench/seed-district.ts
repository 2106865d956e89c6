import type { Client } from 'pg';
import { DEFAULT_SCORE_RULES } from '@village/rulebook';
import { periodsOfYear } from '@village/scoring';
import { BENCH_ITEMS, VETO_EVERY } from './bench-items';
import type { BenchConfig } from './bench-config';
import { REVERSAL_EVERY, type VillagePlan } from './seed-plan';
import { withoutSecondaryIndexes } from './bulk-load';

/**
 * Seeds the bench district with set-based SQL as superuser (generate_series, INSERT … SELECT; no
 * per-row round trips). Ids are deterministic (kind, village, ordinal packed into a v4-shaped UUID),
 * so every statement can compute the ids it refers to without joins.
 *
 * Ledger hashes: entry_hash is SHA-256 of (village, seq) and prev_hash the previous seq's value, so the
 * chain LOOKS linked but does not cover the row content: the chain check (ledger-hash.ts) would report
 * the first row broken. The tally does not verify the chain, so this does not affect what is timed.
 */
export const KIND = {
  district: 1,
  town: 2,
  village: 3,
  resident: 4,
  villagerRole: 5,
  partyRole: 6,
  representativeRole: 7,
  entry: 8,
  framework: 9,
  frameworkItem: 10,
  manual: 11,
  list: 12,
  listItem: 13,
  period: 14,
  periodEvent: 15,
} as const;

export const DISTRICT_ID_SQL = `bench.uuid_of(${KIND.district}, 1, 0)`;

export async function createBenchSchema(client: Client, plan: VillagePlan[]): Promise<void> {
  await client.query(`
    CREATE SCHEMA bench;
    CREATE FUNCTION bench.uuid_of(kind int, a int, b bigint) RETURNS uuid
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (lpad(to_hex(kind), 2, '0') || lpad(to_hex(a), 6, '0') || '00004000' || '8'
                    || lpad(to_hex(b), 15, '0'))::uuid $$;
    -- About 8 % party members, 5 % representatives (some both), 1 in 13 party members probationary,
    -- about 2.7 % no longer active: fixed functions of the resident's ordinal k in village v.
    CREATE FUNCTION bench.is_party_member(k int, v int) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (k * 37 + v) % 100 < 8 $$;
    CREATE FUNCTION bench.is_representative(k int, v int) RETURNS boolean
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (k * 53 + v * 3 + 11) % 100 < 5 $$;
    CREATE FUNCTION bench.status_of(k int) RETURNS varchar
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT CASE WHEN k % 61 = 0 THEN 'MOVED_OUT' WHEN k % 97 = 0 THEN 'DECEASED' ELSE 'ACTIVE' END $$;
    CREATE FUNCTION bench.hash_of(v uuid, seq bigint) RETURNS varchar
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT encode(sha256((v::text || ':' || seq::text)::bytea), 'hex') $$;
    CREATE TABLE bench.village (
      idx int PRIMARY KEY, id uuid NOT NULL, town_id uuid NOT NULL, district_id uuid NOT NULL,
      residents int NOT NULL, normal_entries int NOT NULL, reversals int NOT NULL);
    CREATE TABLE bench.item (
      code varchar(32) PRIMARY KEY, name varchar(100) NOT NULL, category varchar(32) NOT NULL,
      track varchar(16) NOT NULL, positive boolean NOT NULL, slot int NOT NULL, position int NOT NULL,
      subject_types varchar(16)[] NOT NULL, veto boolean NOT NULL, UNIQUE (track, positive, slot));`);
  await client.query(
    `INSERT INTO bench.village
     SELECT p.idx, bench.uuid_of(${KIND.village}, p.idx, 0), bench.uuid_of(${KIND.town}, p.town_idx, 0),
            ${DISTRICT_ID_SQL}, p.residents, p.normal_entries, p.reversals
     FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[])
          AS p(idx, town_idx, residents, normal_entries, reversals)`,
    [
      plan.map((v) => v.idx),
      plan.map((v) => v.townIdx),
      plan.map((v) => v.residents),
      plan.map((v) => v.normalEntries),
      plan.map((v) => v.reversals),
    ],
  );
  const slots = new Map<string, number>();
  const items = BENCH_ITEMS.map((item, position) => {
    const group = `${item.track}:${item.positive}`;
    const slot = slots.get(group) ?? 0;
    slots.set(group, slot + 1);
    return { ...item, slot, position, veto: item.veto ?? false };
  });
  await client.query(
    `INSERT INTO bench.item
     SELECT i.code, i.name, i.category, i.track, i.positive, i.slot, i.position,
            ARRAY(SELECT jsonb_array_elements_text(i."subjectTypes")), i.veto
     FROM jsonb_to_recordset($1::jsonb)
          AS i(code text, name text, category text, track text, positive boolean, slot int, position int,
               "subjectTypes" jsonb, veto boolean)`,
    [JSON.stringify(items)],
  );
}

/** The district, its towns and villages, and the rulebook the tally reads (published, adopted). */
export async function seedOrgAndRulebook(client: Client, config: BenchConfig): Promise<void> {
  await client.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
     VALUES (${DISTRICT_ID_SQL}, 'DISTRICT', 'BENCH', '基准区', NULL, ${DISTRICT_ID_SQL}, NULL, NULL)`,
  );
  await client.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
     SELECT bench.uuid_of(${KIND.town}, t, 0), 'TOWN', 'T' || lpad(t::text, 3, '0'), '基准镇' || t,
            ${DISTRICT_ID_SQL}, ${DISTRICT_ID_SQL}, bench.uuid_of(${KIND.town}, t, 0), NULL
     FROM generate_series(1, $1::int) t`,
    [config.towns],
  );
  await client.query(
    `INSERT INTO org_unit (id, level, code, name, parent_id, district_id, town_id, village_id)
     SELECT v.id, 'VILLAGE', 'V' || lpad(v.idx::text, 5, '0'), '基准村' || v.idx, v.town_id, v.district_id,
            v.town_id, v.id
     FROM bench.village v`,
  );
  const framework = `bench.uuid_of(${KIND.framework}, 1, 0)`;
  // Draft first: the rulebook triggers refuse items added to a published framework.
  await client.query(
    `INSERT INTO framework (district_id, id, year, version, status, title, rules)
     VALUES (${DISTRICT_ID_SQL}, ${framework}, $1::int, 1, 'DRAFT', $1::int || ' 年度基准评分框架', $2::jsonb)`,
    [config.year, JSON.stringify(DEFAULT_SCORE_RULES)],
  );
  await client.query(
    `INSERT INTO evaluation_item (district_id, code, name, category, direction, points_min, points_max, track,
                                  subject_types, veto, id, framework_id, position, published)
     SELECT ${DISTRICT_ID_SQL}, i.code, i.name, i.category, ${direction('i')}, ${pointsRange('i')}, i.track,
            i.subject_types, i.veto, bench.uuid_of(${KIND.frameworkItem}, i.position, 0), ${framework}, i.position, true
     FROM bench.item i`,
  );
  await client.query(
    `UPDATE framework SET status = 'PUBLISHED', published_at = now() WHERE id = ${framework}`,
  );
  await client.query(
    `INSERT INTO town_manual (district_id, town_id, id, framework_id, version, status, title, published_at)
     SELECT ${DISTRICT_ID_SQL}, bench.uuid_of(${KIND.town}, t, 0), bench.uuid_of(${KIND.manual}, t, 0),
            ${framework}, 1, 'PUBLISHED', '基准镇' || t || ' 操作手册', now()
     FROM generate_series(1, $1::int) t`,
    [config.towns],
  );
  await client.query(
    `INSERT INTO scoring_list (district_id, town_id, village_id, id, version, status, manual_id, meeting_date,
                               representatives_in_office, present, votes_for, votes_against, abstaining,
                               adopted_at)
     SELECT v.district_id, v.town_id, v.id, bench.uuid_of(${KIND.list}, v.idx, 0), 1, 'ADOPTED',
            bench.uuid_of(${KIND.manual}, (v.idx - 1) % $2::int + 1, 0),
            make_date($1::int, 1, 5), 30, 28, 26, 1, 1, now()
     FROM bench.village v`,
    [config.year, config.towns],
  );
  await client.query(
    `INSERT INTO scoring_list_item (district_id, town_id, village_id, code, name, category, direction, points_min,
                                    points_max, track, subject_types, veto, id, list_id, source, source_item_id,
                                    position)
     SELECT v.district_id, v.town_id, v.id, i.code, i.name, i.category, ${direction('i')}, ${pointsRange('i')},
            i.track, i.subject_types, i.veto, bench.uuid_of(${KIND.listItem}, v.idx, i.position),
            bench.uuid_of(${KIND.list}, v.idx, 0), 'FRAMEWORK',
            bench.uuid_of(${KIND.frameworkItem}, i.position, 0), i.position
     FROM bench.village v CROSS JOIN bench.item i`,
  );
  // The 17 periods of the year, as ScoringPeriodService.openYear opens them, with their opening events.
  const spans = periodsOfYear(config.year).map((s, n) => ({ ...s, n }));
  await client.query(
    `INSERT INTO scoring_period (district_id, town_id, village_id, id, kind, year, number, starts_on, ends_on,
                                 status)
     SELECT v.district_id, v.town_id, v.id, bench.uuid_of(${KIND.period}, v.idx, s.n), s.kind, s.year, s.number,
            s."startsOn"::date, s."endsOn"::date, 'OPEN'
     FROM bench.village v
     CROSS JOIN jsonb_to_recordset($1::jsonb)
          AS s(n int, kind text, year int, number int, "startsOn" text, "endsOn" text)`,
    [JSON.stringify(spans)],
  );
  await client.query(
    `INSERT INTO scoring_period_event (district_id, town_id, village_id, id, period_id, from_status, to_status,
                                       reason)
     SELECT p.district_id, p.town_id, p.village_id, bench.uuid_of(${KIND.periodEvent}, v.idx, s.n), p.id, NULL,
            'OPEN', '开启 ' || p.year || ' 年度积分期间'
     FROM bench.village v
     CROSS JOIN generate_series(0, $1::int - 1) s(n)
     JOIN scoring_period p ON p.id = bench.uuid_of(${KIND.period}, v.idx, s.n)`,
    [spans.length],
  );
}

/** Residents (everyone VILLAGER; party members and representatives as bench.is_* say). */
export async function seedResidents(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO resident (district_id, town_id, village_id, id, name, gender, birth_date, id_number_cipher,
                           id_number_hash, id_number_masked, status)
     SELECT v.district_id, v.town_id, v.id, bench.uuid_of(${KIND.resident}, v.idx, k),
            (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + k % 10]
              || (ARRAY['建国','秀英','志强','桂兰','海燕','明','伟','芳','军','丽','红梅','德福'])[1 + (k / 10) % 12],
            CASE WHEN k % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
            date '1940-01-01' + (k * 7919 + v.idx * 31) % 25000,
            'bench:not-encrypted', bench.hash_of(v.id, k), '371081********' || lpad((k % 10000)::text, 4, '0'),
            bench.status_of(k)
     FROM bench.village v CROSS JOIN generate_series(1, v.residents) k`,
  );
  const role = (kind: number, type: string, where: string, probationary: string) =>
    client.query(
      `INSERT INTO subject_role (district_id, town_id, village_id, id, resident_id, subject_type, start_date,
                                 probationary)
       SELECT v.district_id, v.town_id, v.id, bench.uuid_of(${kind}, v.idx, k),
              bench.uuid_of(${KIND.resident}, v.idx, k), '${type}', date '2015-01-01' + (k % 2500), ${probationary}
       FROM bench.village v CROSS JOIN generate_series(1, v.residents) k
       WHERE ${where}`,
    );
  await role(KIND.villagerRole, 'VILLAGER', 'true', 'false');
  await role(KIND.partyRole, 'PARTY_MEMBER', 'bench.is_party_member(k, v.idx)', 'k % 13 = 0');
  await role(KIND.representativeRole, 'REPRESENTATIVE', 'bench.is_representative(k, v.idx)', 'false');
}

/**
 * The ledger, in batches of villages (one INSERT … SELECT each): 20 % of each village's entries in the
 * previous year's fourth quarter (outside the tally's year-to-date window), 80 % in the first quarter,
 * dates rising with seq; 85 % rewards, 15 % penalties of 1–10 points; a key person's entry is on the
 * ROLE_DUTY track one time in three; one entry in VETO_EVERY is the veto item. Then one reversal per REVERSAL_EVERY entries, appended at the end of
 * the village's chain. FK and append-only triggers are off for the load (session_replication_role =
 * replica; the ids are consistent by construction and checked afterwards), secondary indexes are
 * rebuilt once at the end.
 */
export async function seedLedger(
  client: Client,
  config: BenchConfig,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const { rows } = await client.query<{ max: number }>('SELECT max(idx) AS max FROM bench.village');
  const villages = rows[0].max;
  const batch = Math.max(1, Math.ceil(villages / 20));
  await client.query('SET session_replication_role = replica');
  try {
    await withoutSecondaryIndexes(client, 'ledger_entry', async () => {
      for (let from = 1; from <= villages; from += batch) {
        await client.query(LEDGER_SQL, [config.year, from, Math.min(villages, from + batch - 1), VETO_EVERY]);
        progress(Math.min(villages, from + batch - 1), villages);
      }
      await client.query(REVERSAL_SQL, [REVERSAL_EVERY]);
    });
  } finally {
    await client.query('SET session_replication_role = DEFAULT');
  }
  const { rows: orphans } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM ledger_entry e
     WHERE NOT EXISTS (SELECT 1 FROM resident r WHERE r.id = e.resident_id AND r.village_id = e.village_id)`,
  );
  if (Number(orphans[0].n) !== 0)
    throw new Error(`${orphans[0].n} ledger entries name no resident of their village`);
}

const LEDGER_SQL = `
  INSERT INTO ledger_entry (district_id, town_id, village_id, id, seq, kind, resident_id, track, points, item_code,
                            item_name, item_points_min, item_points_max, acted_on, idempotency_key, payload_hash,
                            prev_hash, entry_hash)
  SELECT g.district_id, g.town_id, g.village_id, bench.uuid_of(${KIND.entry}, g.idx, g.seq), g.seq, 'NORMAL',
         bench.uuid_of(${KIND.resident}, g.idx, g.k), i.track,
         CASE WHEN i.positive THEN 1 ELSE -1 END * (1 + floor(g.r_points * 10)),
         i.code, i.name, ${pointsRange('i')},
         CASE WHEN g.f < 0.2 THEN make_date($1::int - 1, 10, 1) + floor(g.f / 0.2 * 92)::int
              ELSE make_date($1::int, 1, 1)
                   + floor((g.f - 0.2) / 0.8 * (make_date($1::int, 4, 1) - make_date($1::int, 1, 1)))::int END,
         'bench:' || g.seq, bench.hash_of(g.village_id, -g.seq),
         CASE WHEN g.seq = 1 THEN repeat('0', 64) ELSE bench.hash_of(g.village_id, g.seq - 1) END,
         bench.hash_of(g.village_id, g.seq)
  FROM (
    SELECT x.*,
           CASE WHEN x.veto THEN 'CREDIT'
                WHEN (bench.is_party_member(x.k, x.idx) OR bench.is_representative(x.k, x.idx))
                     AND x.r_track < 1.0 / 3 THEN 'ROLE_DUTY'
                ELSE 'CREDIT' END AS track,
           NOT x.veto AND x.r_sign < 0.85 AS positive,
           CASE WHEN x.veto THEN 4 ELSE x.r_slot END AS slot
    FROM (
      SELECT v.idx, v.id AS village_id, v.town_id, v.district_id, s AS seq,
             (s - 1)::float8 / v.normal_entries AS f, (s + v.idx * 7919) % $4::int = 0 AS veto,
             1 + floor(random() * v.residents)::int AS k, random() AS r_track, random() AS r_sign,
             random() AS r_points, floor(random() * 4)::int AS r_slot
      FROM bench.village v CROSS JOIN generate_series(1, v.normal_entries) s
      WHERE v.idx BETWEEN $2 AND $3
      OFFSET 0
    ) x
  ) g
  JOIN bench.item i ON i.track = g.track AND i.positive = g.positive AND i.slot = g.slot`;

const REVERSAL_SQL = `
  INSERT INTO ledger_entry (district_id, town_id, village_id, id, seq, kind, resident_id, track, points, item_code,
                            item_name, item_points_min, item_points_max, acted_on, reverses_entry_id, reason,
                            idempotency_key, payload_hash, prev_hash, entry_hash)
  SELECT e.district_id, e.town_id, e.village_id, bench.uuid_of(${KIND.entry}, v.idx, r.seq), r.seq, 'REVERSAL',
         e.resident_id, e.track, -e.points, e.item_code, e.item_name, e.item_points_min, e.item_points_max,
         e.acted_on, e.id, '登记有误，予以冲正', 'bench:' || r.seq, bench.hash_of(v.id, -r.seq),
         bench.hash_of(v.id, r.seq - 1), bench.hash_of(v.id, r.seq)
  FROM bench.village v
  CROSS JOIN generate_series(1, v.reversals) j
  CROSS JOIN LATERAL (SELECT v.normal_entries + j AS seq) r
  JOIN ledger_entry e ON e.id = bench.uuid_of(${KIND.entry}, v.idx, j * $1::int)`;

function direction(alias: string): string {
  return `CASE WHEN ${alias}.positive THEN 'POSITIVE' ELSE 'NEGATIVE' END`;
}

function pointsRange(alias: string): string {
  return `CASE WHEN ${alias}.positive THEN 1 ELSE -10 END, CASE WHEN ${alias}.positive THEN 10 ELSE -1 END`;
}
