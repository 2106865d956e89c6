import { PLATFORM_MIGRATIONS, type MigrationList } from '@village/platform-db/migrations';
import { NOTIFICATIONS_MIGRATIONS } from '@village/platform-notifications/migrations';
import { RESIDENTS_MIGRATIONS } from '@village/residents/migrations';
import { RULEBOOK_MIGRATIONS } from '@village/rulebook/migrations';
import { GRIDS_MIGRATIONS } from '@village/grids/migrations';
import { CONTRACTS_MIGRATIONS } from '@village/contracts/migrations';
import { SCORING_MIGRATIONS } from '@village/scoring/migrations';
import { GRADING_MIGRATIONS } from '@village/grading/migrations';
import { INCENTIVES_MIGRATIONS } from '@village/incentives/migrations';
import { REPORTING_MIGRATIONS } from '@village/reporting/migrations';

/**
 * Every migration of the product. Each lib owns its own; TypeORM sorts them by the timestamp in their
 * names, so the order on a database is the one they were written in, whatever lib they now live in
 * (tests/db/migration-order.spec.ts pins it). Each list comes from its lib's `/migrations` entry point,
 * which loads no Nest module: the test setup migrates databases through this file alone.
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
  ...INCENTIVES_MIGRATIONS,
  ...REPORTING_MIGRATIONS,
];
