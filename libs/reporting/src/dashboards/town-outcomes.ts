import type { TenantTx } from '@village/platform-tenancy';
import type { PeriodKindKey } from './base-figures';
import { CURRENT_OUTCOME, OUTCOME_SUMS } from './figure-queries';

export interface TownOutcomeSum {
  town_id: string;
  year: number;
  figure: string;
  value: number;
}

const FIGURES = ['problems_resolved', 'costs_saved', 'complaints', 'complaints_agriculture', 'unit_honours'];

/**
 * The outcome figures a town recorded for itself (outcome_record rows without a village), for the period
 * and the same period a year earlier. They are few (a town's honours, its own savings), so they are
 * summed from the base table at read time instead of being kept in the villages' roll-up; a district
 * adds them to each town's row, a town to its total (figure-definitions.ts says so per figure).
 */
export async function townOutcomeSums(
  tx: TenantTx,
  districtId: string,
  townId: string | null,
  year: number,
  periodKind: PeriodKindKey,
  periodNumber: number,
): Promise<TownOutcomeSum[]> {
  const rows = (await tx.query(
    `SELECT town_id, y AS year, ${OUTCOME_SUMS}
       FROM (SELECT o.town_id, o.kind, o.amount_yuan, o.complaint_count, o.agriculture,
                    extract(year FROM o.occurred_on)::int AS y, extract(month FROM o.occurred_on)::int AS m
               FROM outcome_record o
              WHERE o.district_id = $1 AND ($2::uuid IS NULL OR o.town_id = $2) AND o.village_id IS NULL
                AND o.occurred_on BETWEEN make_date($3 - 1, 1, 1) AND make_date($3, 12, 31)
                AND ${CURRENT_OUTCOME}) x
      WHERE CASE $4 WHEN 'MONTH' THEN m = $5 WHEN 'QUARTER' THEN (m - 1) / 3 + 1 = $5 ELSE true END
      GROUP BY town_id, y`,
    [districtId, townId, year, periodKind, periodNumber],
  )) as Record<string, string | number>[];
  return rows.flatMap((row) =>
    FIGURES.map((figure) => ({
      town_id: String(row.town_id),
      year: Number(row.year),
      figure,
      value: Number(row[figure]),
    })),
  );
}
