import type { INestApplication } from '@nestjs/common';
import { DigestLogService } from '@village/reporting';
import { startDistrictJob } from './district-job';

/** A posted notice reaches the public log (and its QR page) within a minute. */
const EVERY_MS = 60 * 1000;

/**
 * The published-digest log (村务公开): at start and every minute, each district's newly posted notices,
 * honour lists and payout plans are logged and a checkpoint is signed (DigestLogService.sync, which
 * appends nothing twice).
 */
export function startDigestLogJob(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => Promise<void> {
  const digestLog = app.get(DigestLogService);
  return startDistrictJob({
    adminUrl,
    everyMs: EVERY_MS,
    work: (districtId) => digestLog.sync(districtId),
    failure: '公开记录登记失败，将于下次再试',
    log,
  });
}
