import type { MigrationList } from '@village/platform-db';
import { PLATFORM_MIGRATIONS } from '@village/platform-db';
import { NOTIFICATIONS_MIGRATIONS } from '@village/platform-notifications';
import { RESIDENTS_MIGRATIONS } from '@village/residents';
import { RULEBOOK_MIGRATIONS } from '@village/rulebook';
import { GRIDS_MIGRATIONS } from '@village/grids';
import { CONTRACTS_MIGRATIONS } from '@village/contracts';
import { SCORING_MIGRATIONS } from '@village/scoring';
import { GRADING_MIGRATIONS } from '@village/grading';

/**
 * Every migration of the product. Each lib owns its own; TypeORM sorts them by the timestamp in their
 * names, so the order on a database is the one they were written in, whatever lib they now live in
 * (tests/db/migration-order.spec.ts pins it).
 */
export const ALL_MIGRATIONS: MigrationList = [
  ...PLATFORM_MIGRATIONS,
  ...NOTIFICATIONS_MIGRATIONS,
  ...RESIDENTS_MIGRATIONS,
  ...RULEBOOK_MIGRATIONS,
  ...GRIDS_MIGRATIONS,
  ...CONTRACTS_MIGRATIONS,
  ...SCORING_MIGRATIONS,
  ...GRADING_MIGRATIONS,
];
