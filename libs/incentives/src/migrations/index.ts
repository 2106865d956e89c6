import type { MigrationList } from '@village/platform-db/migrations';
import { HonourSchema1796500001000 } from './1796500001000-honour-schema';
import { HonourRls1796500001001 } from './1796500001001-honour-rls';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
// Timestamps from 1796500000000 (points and shops), 1796500001000 (honours and constraints).
export const INCENTIVES_MIGRATIONS: MigrationList = [];
export const HONOURS_MIGRATIONS: MigrationList = [HonourSchema1796500001000, HonourRls1796500001001];
