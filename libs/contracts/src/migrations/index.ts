import type { MigrationList } from '@village/platform-db/migrations';
import { ContractsSchema1795818124970 } from './1795818124970-contracts-schema';
import { ContractsRls1795818124971 } from './1795818124971-contracts-rls';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
export const CONTRACTS_MIGRATIONS: MigrationList = [ContractsSchema1795818124970, ContractsRls1795818124971];
