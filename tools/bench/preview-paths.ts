import type { Client } from 'pg';
import { permissionsOf, Role } from '@village/platform-common';
import { RequestContext, TenantDb, type OrgRef } from '@village/platform-tenancy';
import { DraftPreviewService, YearEndEvaluator, type DraftPreview } from '@village/grading';
import { villageRulebook } from '@village/rulebook';
import { buildTallyLines, ledgerSums, tallyPeople, type ScoringPeriodEntity } from '@village/scoring';
import type { BenchApp } from './bench-app';

/** The three things timed side by side, each returning what the check compares. */
export interface PreviewPaths {
  /** Hand-written SQL: the town's year summed per resident and track, one statement, as superuser. */
  sql(): Promise<{ rows: number; creditPoints: number }>;
  /** The year tally's read and grading per village (no lock, nothing written), as the app role under RLS. */
  tallyRead(): Promise<Map<string, { people: number; averageCredit: number }>>;
  /** `draftPreview` through DraftPreviewService, in a town admin's context. */
  preview(): Promise<DraftPreview>;
  /** `draftPreviewPeople` of one village, everyone, the API's largest page. */
  people(villageId: string): Promise<number>;
}

export function townAdminContext(town: OrgRef): RequestContext {
  return RequestContext.system([
    { role: Role.TOWN_ADMIN, permissions: permissionsOf(Role.TOWN_ADMIN), unit: town },
  ]);
}

export function previewPaths(
  client: Client,
  bench: BenchApp,
  town: OrgRef,
  villages: OrgRef[],
  draftId: string,
  year: number,
): PreviewPaths {
  const db = bench.app.get(TenantDb);
  const previews = bench.app.get(DraftPreviewService);
  // What the tally's year-end port is wired to (app.module.ts); it holds no state.
  const yearEnd = new YearEndEvaluator();
  const ctx = townAdminContext(town);
  return {
    async sql() {
      const { rows } = await client.query<{ credit: string }>(
        `SELECT village_id, resident_id,
                COALESCE(SUM(points) FILTER (WHERE track = 'CREDIT'), 0) AS credit,
                COALESCE(SUM(points) FILTER (WHERE track = 'ROLE_DUTY'), 0) AS role_duty
           FROM ledger_entry
          WHERE town_id = $1 AND acted_on BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
          GROUP BY village_id, resident_id`,
        [town.id, year],
      );
      return { rows: rows.length, creditPoints: rows.reduce((sum, r) => sum + Number(r.credit), 0) };
    },
    async tallyRead() {
      const result = new Map<string, { people: number; averageCredit: number }>();
      for (const village of villages) {
        const lines = await db.run(ctx, async (tx) => {
          const rulebook = await villageRulebook(tx, village.id, year);
          if (!rulebook) throw new Error(`${village.name} has no list for ${year}`);
          const window = {
            villageId: village.id,
            startsOn: `${year}-01-01`,
            endsOn: `${year}-12-31`,
            periodStartsOn: `${year}-01-01`,
            maxSeq: Number.MAX_SAFE_INTEGER,
          };
          const people = await tallyPeople(tx, window);
          const sums = await ledgerSums(tx, window);
          const period = { villageId: village.id, year } as ScoringPeriodEntity;
          const drafts = buildTallyLines(people, sums, rulebook.rules);
          return yearEnd.evaluate(
            tx,
            period,
            drafts,
            { vetoes: new Map(), judgements: new Map() },
            rulebook.rules,
          );
        });
        const total = lines.reduce((sum, l) => sum + l.creditScore, 0);
        result.set(village.id, { people: lines.length, averageCredit: total / lines.length });
      }
      return result;
    },
    preview: () => previews.preview(ctx, { manualId: draftId }, year),
    async people(villageId) {
      const page = await previews.people(ctx, { manualId: draftId }, year, villageId, {
        onlyChanged: false,
        limit: 100,
        offset: 0,
      });
      return page.total;
    },
  };
}
