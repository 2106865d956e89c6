import type { INestApplication } from '@nestjs/common';
import { DigestLogService } from '@village/reporting';
import { districts } from './overdue-objections-job';

/** A posted notice reaches the public log (and its QR page) within a minute. */
const EVERY_MS = 60 * 1000;

/**
 * The published-digest log (村务公开): at start and every minute, each district's newly posted notices,
 * honour lists and payout plans are logged and a checkpoint is signed (DigestLogService.sync, which
 * appends nothing twice). A failure is logged and retried at the next run; it never stops the server.
 */
export function startDigestLogJob(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => Promise<void> {
  const digestLog = app.get(DigestLogService);
  let running: Promise<void> | null = null;
  const work = async () => {
    try {
      for (const district of await districts(adminUrl)) await digestLog.sync(district.id);
    } catch (error) {
      log(`公开记录登记失败，将于下次再试：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // One run at a time; stopping waits for the run under way, so the database is not shut down beneath it.
  const run = () => {
    running ??= work().finally(() => {
      running = null;
    });
    return running;
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
