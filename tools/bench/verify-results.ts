import type { Client } from 'pg';
import { BASELINE_TABLE } from './sql-baseline';

/** Columns both paths must agree on, line by line (subject types compared as sets). */
const COMPARED = [
  'resident_name',
  'probationary',
  'credit_points',
  'credit_score',
  'period_credit_points',
  'role_duty_points',
  'role_duty_score',
  'period_role_duty_points',
  'rank_group',
  'rank',
  'vetoed',
];

export interface Comparison {
  baselineLines: number;
  serviceLines: number;
  mismatches: number;
  samples: string[];
}

/**
 * Compares the service's lines with the baseline's: the same residents in each village, and for each the
 * same scores, points, groups, ranks and flags. A full outer join, so a missing or extra line counts.
 */
export async function compareWithBaseline(client: Client, serviceLinesSql: string): Promise<Comparison> {
  const differs = [
    ...COMPARED.map((c) => `s.${c} IS DISTINCT FROM b.${c}`),
    `(SELECT array_agg(x ORDER BY x) FROM unnest(s.subject_types) x)
       IS DISTINCT FROM (SELECT array_agg(x ORDER BY x) FROM unnest(b.subject_types) x)`,
  ].join(' OR ');
  const { rows } = await client.query<{ village_id: string; resident_id: string; diff: string }>(
    `WITH s AS (${serviceLinesSql})
     SELECT coalesce(s.village_id, b.village_id) AS village_id, coalesce(s.resident_id, b.resident_id) AS resident_id,
            CASE WHEN s.resident_id IS NULL THEN 'missing from the service'
                 WHEN b.resident_id IS NULL THEN 'not in the baseline'
                 ELSE 'service ' || row(s.credit_score, s.role_duty_score, s.rank_group, s.rank)::text
                      || ' vs baseline ' || row(b.credit_score, b.role_duty_score, b.rank_group, b.rank)::text
            END AS diff
     FROM s FULL JOIN ${BASELINE_TABLE} b ON b.village_id = s.village_id AND b.resident_id = s.resident_id
     WHERE s.resident_id IS NULL OR b.resident_id IS NULL OR ${differs}`,
  );
  const counts = await client.query<{ baseline: string; service: string }>(
    `SELECT (SELECT count(*) FROM ${BASELINE_TABLE}) AS baseline, (SELECT count(*) FROM (${serviceLinesSql}) s) AS service`,
  );
  return {
    baselineLines: Number(counts.rows[0].baseline),
    serviceLines: Number(counts.rows[0].service),
    mismatches: rows.length,
    samples: rows.slice(0, 5).map((r) => `${r.village_id} ${r.resident_id}: ${r.diff}`),
  };
}

/** The headers agree too: one tally per village anchored at the same ledger seq and hash, same count. */
export async function compareHeaders(client: Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n
     FROM bench.sql_tally b
     FULL JOIN (SELECT t.* FROM score_tally t
                JOIN scoring_period p ON p.id = t.period_id AND p.kind = 'QUARTER' AND p.number = 1) s
       ON s.village_id = b.village_id
     WHERE s.id IS NULL OR b.village_id IS NULL OR s.ledger_seq <> b.ledger_seq
        OR s.ledger_anchor_hash <> b.ledger_anchor_hash OR s.resident_count <> b.resident_count`,
  );
  return Number(rows[0].n);
}
