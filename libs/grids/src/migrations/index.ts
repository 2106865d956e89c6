import type { MigrationList } from '@village/platform-db/migrations';
import { GridsSchema1795818083555 } from './1795818083555-grids-schema';
import { GridsRls1795818083556 } from './1795818083556-grids-rls';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const GRIDS_MIGRATIONS: MigrationList = [GridsSchema1795818083555, GridsRls1795818083556];
