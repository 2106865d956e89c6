import type { Client } from 'pg';
import type { BenchConfig } from './bench-config';
import { createBenchSchema, seedLedger, seedOrgAndRulebook, seedResidents } from './seed-district';
import { planVillages } from './seed-plan';

/**
 * The district-scale data set of the benchmarks (bench:tally, bench:dashboard): org tree and rulebook,
 * residents and their subject roles, the ledger, then VACUUM ANALYZE; each step timed.
 */
export async function seedDistrict(client: Client, config: BenchConfig, log: (line: string) => void) {
  const steps: [string, number][] = [];
  const step = async (name: string, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    steps.push([name, performance.now() - started]);
    log(`seeded ${name} in ${secs(performance.now() - started)}`);
  };
  const plan = planVillages(config.towns, config.villages, config.residents, config.entries);
  await step('org tree and rulebook', async () => {
    await createBenchSchema(client, plan);
    await seedOrgAndRulebook(client, config);
  });
  await step('residents and subject roles', () => seedResidents(client));
  await step('ledger', () =>
    seedLedger(client, config, (done, total) => log(`  ledger: ${done}/${total} villages`)),
  );
  await step('VACUUM ANALYZE', async () => {
    await client.query('VACUUM ANALYZE');
  });
  const ms = steps.reduce((sum, [, t]) => sum + t, 0);
  log(`seeding took ${secs(ms)}`);
  return { ms, steps };
}

function secs(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
