import type { INestApplication } from '@nestjs/common';
import { AnomalyDetectionService } from '@village/reporting';
import { startDistrictJob } from './district-job';

/**
 * A quarter of an hour: a night's batch of registrations reaches the admins the same morning at the
 * latest, and each run is a handful of grouped statements per district (nothing found twice is raised
 * twice: the alerts' unique key).
 */
const EVERY_MS = 15 * 60 * 1000;

/** 异常提醒: at start and every 15 minutes, each district's anomaly rules (AnomalyDetectionService). */
export function startAnomalyJob(
  app: INestApplication,
  adminUrl: string,
  log: (line: string) => void,
): () => Promise<void> {
  const detection = app.get(AnomalyDetectionService);
  return startDistrictJob({
    adminUrl,
    everyMs: EVERY_MS,
    work: (districtId) => detection.detectDistrict(districtId),
    failure: '异常提醒检测失败，将于下次再试',
    log,
  });
}
