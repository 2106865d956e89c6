import { Client } from 'pg';
import type { TestApp } from '../support/test-app';

export const FRAMEWORK_FIELDS = `id year version status title maxAdjustmentPercent
  rules { creditBaseScore roleDutyBaseScore partyMemberRoleDutyWeight partyMemberCreditWeight excellentMin }
  items { id code name direction pointsMin pointsMax perUnitPoints withdrawn }`;

export const MANUAL_FIELDS = `id version status frameworkId townId noticeDays lateEntryDays villageMaxItemPoints
  adjustments { itemCode disabled pointsMin pointsMax } townItems { id code name pointsMax withdrawn }`;

export const LIST_FIELDS = `id version status manualId present votesFor
  villageItems { id code pointsMax requiresApproval approvedAt withdrawn }
  items { code source pointsMin pointsMax direction }`;

/** A valid item input; override what the test is about. */
export function itemInput(code: string, overrides: Record<string, unknown> = {}) {
  return {
    code,
    name: `测试事项 ${code}`,
    category: 'PUBLIC_WELFARE',
    direction: 'POSITIVE',
    pointsMin: 2,
    pointsMax: 4,
    track: 'CREDIT',
    subjectTypes: ['VILLAGER'],
    ...overrides,
  };
}

export async function unitIds(t: TestApp): Promise<Record<string, string>> {
  const rows = await t.db.adminQuery<{ id: string; name: string }>('SELECT id, name FROM org_unit');
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

/** A TOWN_ADMIN for another town, created directly (same password as the demo users). */
export async function createTownAdmin(t: TestApp, username: string, townId: string): Promise<void> {
  await t.db.adminQuery(
    `WITH u AS (
       INSERT INTO app_user (id, username, display_name, password_hash, home_org_unit_id, district_id, town_id)
       SELECT gen_random_uuid(), $1, $1, password_hash, $2, district_id, $2 FROM app_user WHERE username = 'songcun-admin'
       RETURNING id, district_id)
     INSERT INTO role_assignment (id, user_id, role, org_unit_id, district_id, town_id)
     SELECT gen_random_uuid(), u.id, 'TOWN_ADMIN', $2, u.district_id, $2 FROM u`,
    [username, townId],
  );
}

/**
 * Runs one statement as the app role in a transaction scoped to `scope` (what the API would set),
 * bypassing the services: proves the database itself refuses.
 */
export async function asAppRole(
  t: TestApp,
  scope: { districts?: string[]; towns?: string[]; villages?: string[] },
  sql: string,
  params: unknown[] = [],
) {
  const client = new Client({ connectionString: t.db.appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.scope_districts', $1, true), set_config('app.scope_towns', $2, true),
              set_config('app.scope_villages', $3, true)`,
      [
        `{${(scope.districts ?? []).join(',')}}`,
        `{${(scope.towns ?? []).join(',')}}`,
        `{${(scope.villages ?? []).join(',')}}`,
      ],
    );
    return await client.query(sql, params);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}
