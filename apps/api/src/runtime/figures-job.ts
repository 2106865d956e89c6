import type { INestApplication } from '@nestjs/common';
import { FiguresRefreshService } from '@village/reporting';
import { districts } from './overdue-objections-job';

/** Dashboards lag the work by ten minutes at most; a village where nothing changed costs one query. */
const EVERY_MS = 10 * 60 * 1000;

/**
 * The dashboards' roll-up (village_figure): at start and every ten minutes, each district's villages
 * whose watermark moved are recomputed from the base tables (FiguresRefreshService). A failure is logged
 * and retried at the next run; it never stops the server.
 */
export function startFiguresJob(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => Promise<void> {
  const figures = app.get(FiguresRefreshService);
  let running: Promise<void> | null = null;
  const work = async () => {
    try {
      for (const district of await districts(adminUrl)) await figures.refreshDistrict(district.id);
    } catch (error) {
      log(`看板汇总计算失败，将于下次再试：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  // A long first run is not overlapped by the next tick; stopping waits for the run under way, so the
  // database is not shut down beneath it.
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
