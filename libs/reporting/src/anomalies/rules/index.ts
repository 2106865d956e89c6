import type { AnomalyRule } from './anomaly-candidate';
import { bulkByOneRule } from './bulk-by-one.rule';
import { evidenceReusedRule } from './evidence-reused.rule';
import { nightBulkRule } from './night-bulk.rule';
import { pointsSwingRule } from './points-swing.rule';
import { selfHouseholdReviewRule } from './self-household-review.rule';

export type { AnomalyCandidate, AnomalyRule } from './anomaly-candidate';

/** Every rule detection runs, in the order of AnomalyKind. */
export const ANOMALY_RULES: readonly AnomalyRule[] = [
  pointsSwingRule,
  nightBulkRule,
  bulkByOneRule,
  evidenceReusedRule,
  selfHouseholdReviewRule,
];
