import { Client } from 'pg';
import type { ItemFieldsInput } from '../support/generated/graphql';
import type { TestApp } from '../support/test-app';

/** A valid item input; override what the test is about. */
export function itemInput(code: string, overrides: Partial<ItemFieldsInput> = {}): ItemFieldsInput {
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

/**
 * Runs one statement as the app role in a transaction scoped to `scope` (what the API would set),
 * bypassing the services on purpose: proves the database itself refuses.
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
