import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { TestApp } from '../support/test-app';

export type Unit = {
  id: string;
  district_id: string;
  town_id: string | null;
  level: string;
};

export async function loadUnits(t: TestApp): Promise<Record<string, Unit>> {
  const rows = await t.db.adminQuery<Unit & { name: string }>(
    'SELECT id, name, district_id, town_id, level FROM org_unit',
  );
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}

/** Inserts people straight into the residents tables (superuser), as the residents lib would. */
export class PeopleFixture {
  private seq = 0;
  constructor(
    private readonly t: TestApp,
    private readonly village: Unit,
  ) {}

  async household(code: string): Promise<string> {
    const id = randomUUID();
    await this.t.db.adminQuery(
      'INSERT INTO household (id, district_id, town_id, village_id, code) VALUES ($1, $2, $3, $4, $5)',
      [id, this.village.district_id, this.village.town_id, this.village.id, code],
    );
    return id;
  }

  async resident(name: string, householdId: string | null, status = 'ACTIVE'): Promise<string> {
    const id = randomUUID();
    const n = `${this.village.id}-${++this.seq}`;
    await this.t.db.adminQuery(
      `INSERT INTO resident (id, district_id, town_id, village_id, name, gender, birth_date,
         id_number_cipher, id_number_hash, id_number_masked, household_id, status)
       VALUES ($1, $2, $3, $4, $5, 'MALE', '1970-01-01', $6, $7, '3710**********0000', $8, $9)`,
      [
        id,
        this.village.district_id,
        this.village.town_id,
        this.village.id,
        name,
        `cipher-${n}`,
        `hash-${n}`,
        householdId,
        status,
      ],
    );
    return id;
  }

  async role(
    residentId: string,
    subjectType: string,
    startDate = '2020-01-01',
    endDate: string | null = null,
  ) {
    await this.t.db.adminQuery(
      `INSERT INTO subject_role (id, district_id, town_id, village_id, resident_id, subject_type, start_date, end_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        randomUUID(),
        this.village.district_id,
        this.village.town_id,
        this.village.id,
        residentId,
        subjectType,
        startDate,
        endDate,
      ],
    );
  }
}

/**
 * Runs one statement on the app role's own connection with a scope set, as a request would, so tests
 * can check what the database itself refuses.
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
