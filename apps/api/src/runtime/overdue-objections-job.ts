import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { todayInChina } from '@village/platform-common';
import { RequestContext, type OrgRef } from '@village/platform-tenancy';
import { OverdueObjectionsService } from '@village/scoring';

/** Often enough that a deadline passed overnight is flagged in the morning; each run is idempotent. */
const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * 异议逾期提醒 as a background job: at start and every six hours, for each district, objections past their
 * answer deadline are flagged to the village and town admins (once each: OverdueObjectionsService).
 * Districts are listed through the admin connection (the one that runs migrations), then each is
 * worked on under a system context of that district only, so row-level security still bounds it.
 * A failure is logged and tried again at the next run; it never stops the server.
 */
export function startOverdueObjectionsJob(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => void {
  const service = app.get(OverdueObjectionsService);
  const run = async () => {
    try {
      for (const district of await districts(adminUrl)) {
        const ctx = RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit: district }]);
        await service.flagOverdueObjections(ctx, todayInChina());
      }
    } catch (error) {
      log(`异议逾期检查失败，将于下次再试：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref(); // never what keeps the process alive
  return () => clearInterval(timer);
}

/** Every district, listed through the admin connection (jobs then work one district at a time). */
export async function districts(adminUrl: string): Promise<OrgRef[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; name: string }>(
      `SELECT id, name FROM org_unit WHERE level = 'DISTRICT' ORDER BY code`,
    );
    return rows.map(
      (r) =>
        ({
          id: r.id,
          name: r.name,
          level: 'DISTRICT',
          districtId: r.id,
          townId: null,
          villageId: null,
        }) as OrgRef,
    );
  } finally {
    await client.end();
  }
}
