import type { MigrationList } from '@village/platform-db/migrations';
import { PointsShopsSchema1796500000000 } from './1796500000000-points-shops-schema';
import { PointsShopsRls1796500000001 } from './1796500000001-points-shops-rls';
import { HonourSchema1796500001000 } from './1796500001000-honour-schema';
import { HonourRls1796500001001 } from './1796500001001-honour-rls';
import { ConstraintSchema1796500001002 } from './1796500001002-constraint-schema';
import { ConstraintRls1796500001003 } from './1796500001003-constraint-rls';
import { PayoutSchema1796500002000 } from './1796500002000-payout-schema';
import { PayoutRls1796500002001 } from './1796500002001-payout-rls';

// This library's tables, their row-level security, grants and triggers. The composition root
// (apps/api/src/migrations.ts) lists every lib's; TypeORM runs them together in timestamp order.
// Timestamps from 1796500000000 (points and shops), 1796500001000 (honours and constraints),
// 1796500002000 (payout plans).
export const INCENTIVES_MIGRATIONS: MigrationList = [
  PointsShopsSchema1796500000000,
  PointsShopsRls1796500000001,
  HonourSchema1796500001000,
  HonourRls1796500001001,
  ConstraintSchema1796500001002,
  ConstraintRls1796500001003,
  PayoutSchema1796500002000,
  PayoutRls1796500002001,
];
