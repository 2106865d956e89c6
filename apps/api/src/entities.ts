import { AUTH_ENTITIES } from '@village/platform-auth';
import { NOTIFICATIONS_ENTITIES } from '@village/platform-notifications';
import { TENANCY_ENTITIES } from '@village/platform-tenancy';
import { RESIDENTS_ENTITIES } from '@village/residents';
import { GRIDS_ENTITIES } from '@village/grids';
import { RULEBOOK_ENTITIES } from '@village/rulebook';
import { SCORING_ENTITIES } from '@village/scoring';
import { GRADING_ENTITIES } from '@village/grading';
import { CONTRACTS_ENTITIES } from '@village/contracts';
import { INCENTIVES_ENTITIES } from '@village/incentives';
import { REPORTING_ENTITIES } from '@village/reporting';

/** Every TypeORM entity of the product; the migration drift check compares these with the migrations. */
export const ALL_ENTITIES = [
  ...TENANCY_ENTITIES,
  ...AUTH_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...RULEBOOK_ENTITIES,
  ...SCORING_ENTITIES,
  ...GRADING_ENTITIES,
  ...RESIDENTS_ENTITIES,
  ...GRIDS_ENTITIES,
  ...CONTRACTS_ENTITIES,
  ...INCENTIVES_ENTITIES,
  ...REPORTING_ENTITIES,
];
