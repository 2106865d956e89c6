import { APP_ROLE } from '../database-roles';

/**
 * SQL builders for the row-level-security pattern every tenant table follows; migrations call them
 * so each new table gets the same forced policy.
 */

/**
 * The scope test of every tenant policy: the row's district, town or village is in the transaction's
 * scope. Each scope array is a sub-select, which PostgreSQL evaluates once per statement (an InitPlan),
 * instead of parsing the setting into a uuid[] again for every row as the inlined `app_in_scope(...)`
 * did — measured 3× faster on a village's ledger sums (tools/bench/FINDINGS.md). Tables created before
 * this form were converted by the rls-scope-initplan migration.
 */
export const SCOPE = `(district_id = ANY ((SELECT public.app_setting_uuids('app.scope_districts'))::uuid[])
    OR town_id = ANY ((SELECT public.app_setting_uuids('app.scope_towns'))::uuid[])
    OR village_id = ANY ((SELECT public.app_setting_uuids('app.scope_villages'))::uuid[]))`;

/** The form policies had before (kept to convert them, and back). */
export const LEGACY_SCOPE = 'public.app_in_scope(district_id, town_id, village_id)';

/** RLS on and forced (the owner is bound too), plus the standard scope policy on the tenant columns. */
export function tenantTableRls(table: string, commands: 'ALL' | 'SELECT' = 'ALL'): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    commands === 'ALL'
      ? `CREATE POLICY ${table}_scope ON ${table} USING (${SCOPE}) WITH CHECK (${SCOPE})`
      : `CREATE POLICY ${table}_scope ON ${table} FOR SELECT USING (${SCOPE})`,
  ];
}

/**
 * For rules published from above (frameworks, manuals, contract templates): written in scope as usual,
 * and also readable by the towns and villages below the unit that owns the row. `readableWhen` narrows
 * what is readable from below (for example only published versions).
 */
export function publishedFromAboveRls(table: string, readableWhen = 'true'): string[] {
  return [
    ...tenantTableRls(table),
    `CREATE POLICY ${table}_from_above ON ${table} FOR SELECT
       USING (public.app_is_above_scope(district_id, town_id, village_id) AND (${readableWhen}))`,
  ];
}

/** Undoes `tenantTableRls` (either form: both name their policy `<table>_scope`). */
export function dropTenantTableRls(table: string): string[] {
  return [
    `DROP POLICY ${table}_scope ON ${table}`,
    `ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`,
  ];
}

export type AppPrivilege = 'SELECT' | 'INSERT' | 'UPDATE';

export function grantToApp(table: string, privileges: AppPrivilege[]): string {
  return `GRANT ${privileges.join(', ')} ON ${table} TO ${APP_ROLE}`;
}

/** For append-only tables: refuse UPDATE, DELETE and TRUNCATE even from the owner. */
export function appendOnly(table: string): string[] {
  return [
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION public.refuse_change()`,
    `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
       FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change()`,
  ];
}

/** Undoes `appendOnly`. */
export function dropAppendOnly(table: string): string[] {
  return [`DROP TRIGGER ${table}_append_only ON ${table}`, `DROP TRIGGER ${table}_no_truncate ON ${table}`];
}

/** A tenant table the app uses in scope: the standard forced policy, then the app's privileges on it. */
export function scopedTenantTable(table: string, privileges: AppPrivilege[]): string[] {
  return [...tenantTableRls(table), grantToApp(table, privileges)];
}

/**
 * A tenant table that is only ever appended to (histories, snapshots, the ledger): the standard policy,
 * SELECT and INSERT for the app, and triggers refusing every change even from the owner.
 */
export function appendOnlyTenantTable(table: string): string[] {
  return [...scopedTenantTable(table, ['SELECT', 'INSERT']), ...appendOnly(table)];
}

/** Undoes `appendOnlyTenantTable`. */
export function dropAppendOnlyTenantTable(table: string): string[] {
  return [...dropAppendOnly(table), `REVOKE ALL ON ${table} FROM ${APP_ROLE}`, ...dropTenantTableRls(table)];
}
