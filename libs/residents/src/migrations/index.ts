import type { MigrationList } from '@village/platform-db/migrations';
import { ResidentsSchema1795817586063 } from './1795817586063-residents-schema';
import { ResidentsRls1795817586064 } from './1795817586064-residents-rls';
import { ResidentStatusChangeSchema1795817881216 } from './1795817881216-resident-status-change-schema';
import { ResidentStatusChangeRls1795817881217 } from './1795817881217-resident-status-change-rls';
import { ResidentRelationToHead1796400000002 } from './1796400000002-resident-relation-to-head';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const RESIDENTS_MIGRATIONS: MigrationList = [
  ResidentsSchema1795817586063,
  ResidentsRls1795817586064,
  ResidentStatusChangeSchema1795817881216,
  ResidentStatusChangeRls1795817881217,
  ResidentRelationToHead1796400000002,
];
