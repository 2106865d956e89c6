import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEGACY_SCOPE, SCOPE } from './rls-sql';

/** As PostgreSQL prints the legacy scope test in pg_policies. */
const LEGACY_DEPARSED = 'app_in_scope(district_id, town_id, village_id)';

/**
 * Rewrites every tenant policy from `app_in_scope(...)` (scope arrays parsed per row) to the sub-select
 * form of rls-sql.ts SCOPE (parsed once per statement). Same rows visible and writable; only the cost
 * changes. Policies already in the new form (databases created after this change) are left alone.
 */
export class RlsScopeInitplan1795829500121 implements MigrationInterface {
  name = 'RlsScopeInitplan1795829500121';

  async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, LEGACY_DEPARSED, SCOPE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const policies = (await queryRunner.query(
      `SELECT tablename, policyname, qual, with_check FROM pg_policies
        WHERE schemaname = 'public' AND (qual LIKE '%app.scope_villages%' OR with_check LIKE '%app.scope_villages%')
          AND coalesce(qual, '') NOT LIKE '%app_is_above_scope%'`,
    )) as Policy[];
    for (const p of policies) await alter(queryRunner, p, LEGACY_SCOPE);
  }
}

interface Policy {
  tablename: string;
  policyname: string;
  qual: string | null;
  with_check: string | null;
}

async function rewrite(queryRunner: QueryRunner, from: string, to: string): Promise<void> {
  const policies = (await queryRunner.query(
    `SELECT tablename, policyname, qual, with_check FROM pg_policies
      WHERE schemaname = 'public' AND (qual = $1 OR with_check = $1)`,
    [from],
  )) as Policy[];
  for (const p of policies) await alter(queryRunner, p, to);
}

async function alter(queryRunner: QueryRunner, p: Policy, expression: string): Promise<void> {
  const using = p.qual !== null ? ` USING (${expression})` : '';
  const check = p.with_check !== null ? ` WITH CHECK (${expression})` : '';
  await queryRunner.query(`ALTER POLICY "${p.policyname}" ON "${p.tablename}"${using}${check}`);
}
