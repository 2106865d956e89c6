import type { INestApplication } from '@nestjs/common';
import { FiguresRefreshService } from '@village/reporting';
import { startDistrictJob } from './district-job';

/** Dashboards lag the work by ten minutes at most; a village where nothing changed costs one query. */
const EVERY_MS = 10 * 60 * 1000;

/**
 * The dashboards' roll-up (village_figure): at start and every ten minutes, each district's villages
 * whose watermark moved are recomputed from the base tables (FiguresRefreshService).
 */
export function startFiguresJob(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => Promise<void> {
  const figures = app.get(FiguresRefreshService);
  return startDistrictJob({
    adminUrl,
    everyMs: EVERY_MS,
    work: (districtId) => figures.refreshDistrict(districtId),
    failure: '看板汇总计算失败，将于下次再试',
    log,
  });
}
