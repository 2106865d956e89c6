import type { INestApplication } from '@nestjs/common';
import { todayInChina } from '@village/platform-common';
import { RequestContext } from '@village/platform-tenancy';
import { PointsService, RedemptionService } from '@village/incentives';
import { districts } from './overdue-objections-job';

/** Often enough that a reset at midnight is logged by morning; each run is idempotent. */
const EVERY_MS = 6 * 60 * 60 * 1000;

/**
 * The redeemable-points jobs, at start and every six hours, per district under a system context of that
 * district (row-level security still bounds it): reservations not picked up by their last day expire
 * with points and stock back, then lots past their last day expire (the yearly or quarterly reset is
 * their expiry date). Both log movements and do nothing twice. A failure is logged and retried.
 */
export function startPointsJobs(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => void {
  const redemptions = app.get(RedemptionService);
  const points = app.get(PointsService);
  const run = async () => {
    try {
      const today = todayInChina();
      for (const district of await districts(adminUrl)) {
        const ctx = RequestContext.system([{ role: 'SYSTEM', permissions: new Set(), unit: district }]);
        await redemptions.expireOverdue(ctx, today);
        await points.expire(ctx, today);
      }
    } catch (error) {
      log(`可兑换积分到期处理失败，将于下次再试：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void run();
  const timer = setInterval(() => void run(), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
