import { Client } from 'pg';
import type { SubjectType } from '@village/platform-common';
import { ResidentStatus } from '@village/residents';
import { arrangeHousehold, arrangeResident, type ArrangedVillage, type RoleSpec } from '../support/arrange';
import type { TestApp } from '../support/test-app';

/** Households and residents with subject roles in one arranged village, through the builders. */
export class ContractPeople {
  constructor(
    private readonly t: TestApp,
    readonly village: ArrangedVillage,
  ) {}

  household(code: string): Promise<string> {
    return arrangeHousehold(this.t, this.village, { code });
  }

  async resident(
    name: string,
    householdId: string | null,
    roles: (SubjectType | RoleSpec)[] = [],
    status = ResidentStatus.ACTIVE,
  ): Promise<string> {
    return (await arrangeResident(this.t, this.village, { name, householdId, roles, status })).id;
  }
}

/**
 * Runs one statement on the app role's own connection with a scope set, as a request would, so tests
 * can check what the database itself refuses. It bypasses the services on purpose.
 */
export async function asAppRole(
  t: TestApp,
  scope: { districts?: string[]; towns?: string[]; villages?: string[] },
  sql: string,
  params: unknown[] = [],
): Promise<{ rowCount: number | null }> {
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
    const result = await client.query(sql, params);
    await client.query('COMMIT');
    return { rowCount: result.rowCount };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}
