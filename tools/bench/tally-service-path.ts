import { permissionsOf, Role } from '@village/platform-common';
import { OrgLevel, RequestContext } from '@village/platform-tenancy';
import { TallyService } from '@village/scoring';
import { openBenchApp } from './bench-app';
import { QueryProfile } from './query-profile';
import type { BenchVillage, ServicePath, ServicePathFactory, ServiceRun } from './service-path';

/** The service's result lines (latest version of each village's Q1 tally), in the baseline's shape. */
const SERVICE_LINES_SQL = `
  SELECT t.village_id, l.resident_id, l.resident_name, l.subject_types, l.probationary, l.credit_points,
         l.credit_score, l.period_credit_points, l.role_duty_points, l.role_duty_score, l.period_role_duty_points,
         l.rank_group, l.rank, l.vetoed
  FROM score_tally t
  JOIN scoring_period p ON p.id = t.period_id AND p.kind = 'QUARTER' AND p.number = 1
  JOIN score_tally_line l ON l.tally_id = t.id
  WHERE t.version = (SELECT max(t2.version) FROM score_tally t2 WHERE t2.period_id = t.period_id)`;

/**
 * The application as served (bench-app.ts), so RLS, TenantDb transactions and the real TallyService run
 * exactly as for a request. Each village is tallied by a context like its own credit council's (the role's real
 * permissions, scoped to that village), one village after another or `concurrency` at a time.
 */
export function tallyServicePath(concurrency: number): ServicePathFactory {
  return async (appUrl) => {
    const { app, close } = await openBenchApp(appUrl, concurrency + 1);
    const tallies = app.get(TallyService);
    const path: ServicePath = {
      linesSql: SERVICE_LINES_SQL,
      async run(villages: BenchVillage[]): Promise<ServiceRun> {
        const profile = new QueryProfile();
        profile.start();
        const started = performance.now();
        try {
          let next = 0;
          const worker = async () => {
            while (next < villages.length) {
              const village = villages[next++];
              await tallies.tally(councilOf(village), village.periodId, '基准测试：第一季度核算');
            }
          };
          await Promise.all(Array.from({ length: Math.min(concurrency, villages.length) }, worker));
        } finally {
          profile.stop();
        }
        const ms = performance.now() - started;
        return {
          ms,
          tallies: villages.length,
          concurrency: concurrency === 1 ? 'sequential' : `${concurrency} villages at once`,
          profile: describeProfile(profile, ms, villages.length, concurrency),
        };
      },
      close,
    };
    return path;
  };
}

function councilOf(village: BenchVillage): RequestContext {
  return RequestContext.system([
    {
      role: Role.CREDIT_COUNCIL,
      permissions: permissionsOf(Role.CREDIT_COUNCIL),
      unit: {
        id: village.id,
        level: OrgLevel.VILLAGE,
        name: village.name,
        districtId: village.districtId,
        townId: village.townId,
        villageId: village.id,
      },
    },
  ]);
}

function describeProfile(profile: QueryProfile, ms: number, villages: number, concurrency: number): string {
  const { queries, ms: dbMs } = profile.totals;
  const perVillage = (x: number) => (x / villages).toFixed(1);
  const lines = [
    `${perVillage(queries)} statements per village; ${perVillage(ms)} ms per village in all, of which ` +
      `${perVillage(dbMs)} ms waiting on PostgreSQL (statement + round trip) and ` +
      `${perVillage(Math.max(0, ms * concurrency - dbMs))} ms in Node (TypeORM, building lines, hashing, GC) or waiting for a core` +
      (concurrency > 1 ? ' — times overlap with concurrency, read them as rough shares' : ''),
    '',
    '| statement (first words) | calls | total ms | ms per call |',
    '| --- | ---: | ---: | ---: |',
    ...profile
      .top()
      .map(
        (s) =>
          `| \`${s.statement.replace(/\|/g, '\\|')}\` | ${s.count} | ${s.ms.toFixed(0)} | ${(s.ms / s.count).toFixed(2)} |`,
      ),
  ];
  return lines.join('\n');
}
