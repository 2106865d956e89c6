import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../database-roles';
import { grantToApp, tenantTableRls } from './rls-sql';
import { runStatements } from './run-statements';

/**
 * Tenant isolation in the database itself. The scope of a transaction lives in transaction-local
 * settings (app.scope_districts/towns/villages as uuid arrays, app.user_id, app.login_username); with
 * none set, every policy is false and nothing is visible. The helper functions are plain SQL without
 * SET clauses so the planner inlines them and can use the tenant-column indexes.
 */
export class PlatformRowLevelSecurity1795816311131 implements MigrationInterface {
  name = 'PlatformRowLevelSecurity1795816311131';

  async up(queryRunner: QueryRunner): Promise<void> {
    await runStatements(queryRunner, [
      `CREATE FUNCTION public.app_setting_uuids(setting text) RETURNS uuid[]
         LANGUAGE sql STABLE PARALLEL SAFE
         AS $$ SELECT coalesce(nullif(current_setting(setting, true), '')::uuid[], '{}'::uuid[]) $$`,
      `CREATE FUNCTION public.app_current_user_id() RETURNS uuid
         LANGUAGE sql STABLE PARALLEL SAFE
         AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`,
      `CREATE FUNCTION public.app_in_scope(d uuid, t uuid, v uuid) RETURNS boolean
         LANGUAGE sql STABLE PARALLEL SAFE
         AS $$ SELECT d = ANY (public.app_setting_uuids('app.scope_districts'))
                   OR t = ANY (public.app_setting_uuids('app.scope_towns'))
                   OR v = ANY (public.app_setting_uuids('app.scope_villages')) $$`,

      // Org tree: own units and below; the district and town above a granted unit are readable (names).
      ...tenantTableRls('org_unit'),
      `CREATE POLICY org_unit_ancestors ON org_unit FOR SELECT
         USING (id = ANY (public.app_setting_uuids('app.scope_ancestors')))`,
      grantToApp('org_unit', ['SELECT', 'INSERT', 'UPDATE']),

      // Accounts: in scope, one's own, or the one account a login transaction names.
      ...tenantTableRls('app_user'),
      `CREATE POLICY app_user_self ON app_user
         USING (id = public.app_current_user_id()) WITH CHECK (id = public.app_current_user_id())`,
      `CREATE POLICY app_user_login ON app_user
         USING (username = nullif(current_setting('app.login_username', true), ''))
         WITH CHECK (username = nullif(current_setting('app.login_username', true), ''))`,
      grantToApp('app_user', ['SELECT', 'INSERT', 'UPDATE']),

      // Role assignments: in scope, and one's own (read only) so a request can learn its scope.
      ...tenantTableRls('role_assignment'),
      `CREATE POLICY role_assignment_self ON role_assignment FOR SELECT
         USING (user_id = public.app_current_user_id())`,
      grantToApp('role_assignment', ['SELECT', 'INSERT', 'UPDATE']),

      // Audit log: anyone may append (a failed login has no scope yet), reading is scoped, nobody changes it.
      ...tenantTableRls('audit_log', 'SELECT'),
      `CREATE POLICY audit_log_append ON audit_log FOR INSERT WITH CHECK (true)`,
      grantToApp('audit_log', ['SELECT', 'INSERT']),
      `CREATE FUNCTION public.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
         END $$`,
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
         FOR EACH ROW EXECUTE FUNCTION public.refuse_change()`,
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
         FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change()`,
      `REVOKE ALL ON schema_migration FROM ${APP_ROLE}`,
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'role_assignment', 'app_user', 'org_unit']) {
      await queryRunner.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`REVOKE ALL ON ${table} FROM ${APP_ROLE}`);
    }
    await queryRunner.query('DROP POLICY org_unit_scope ON org_unit');
    await queryRunner.query('DROP POLICY org_unit_ancestors ON org_unit');
    await queryRunner.query('DROP POLICY app_user_scope ON app_user');
    await queryRunner.query('DROP POLICY app_user_self ON app_user');
    await queryRunner.query('DROP POLICY app_user_login ON app_user');
    await queryRunner.query('DROP POLICY role_assignment_scope ON role_assignment');
    await queryRunner.query('DROP POLICY role_assignment_self ON role_assignment');
    await queryRunner.query('DROP POLICY audit_log_scope ON audit_log');
    await queryRunner.query('DROP POLICY audit_log_append ON audit_log');
    await queryRunner.query('DROP TRIGGER audit_log_append_only ON audit_log');
    await queryRunner.query('DROP TRIGGER audit_log_no_truncate ON audit_log');
    await queryRunner.query('DROP FUNCTION public.refuse_change()');
    await queryRunner.query('DROP FUNCTION public.app_in_scope(uuid, uuid, uuid)');
    await queryRunner.query('DROP FUNCTION public.app_current_user_id()');
    await queryRunner.query('DROP FUNCTION public.app_setting_uuids(text)');
  }
}
