import { APP_ROLE } from '../database-roles';

/**
 * SQL builders for the row-level-security pattern every tenant table follows; migrations call them
 * so each new table gets the same forced policy.
 */

/** RLS on and forced (the owner is bound too), plus the standard scope policy on the tenant columns. */
export function tenantTableRls(table: string, commands: 'ALL' | 'SELECT' = 'ALL'): string[] {
  const scope = 'public.app_in_scope(district_id, town_id, village_id)';
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    commands === 'ALL'
      ? `CREATE POLICY ${table}_scope ON ${table} USING (${scope}) WITH CHECK (${scope})`
      : `CREATE POLICY ${table}_scope ON ${table} FOR SELECT USING (${scope})`,
  ];
}

export function grantToApp(table: string, privileges: ('SELECT' | 'INSERT' | 'UPDATE')[]): string {
  return `GRANT ${privileges.join(', ')} ON ${table} TO ${APP_ROLE}`;
}
