import type { MigrationList } from '@village/platform-db/migrations';
import { AppraisalSchema1795825728001 } from './1795825728001-appraisal-schema';
import { AppraisalRls1795825728002 } from './1795825728002-appraisal-rls';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const GRADING_MIGRATIONS: MigrationList = [AppraisalSchema1795825728001, AppraisalRls1795825728002];
