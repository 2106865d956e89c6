import { Client } from 'pg';

export interface ExistingDistrict {
  code: string;
  name: string;
  createdAt: Date;
}

/**
 * The districts in the database, read on the admin connection (it must see past row-level security);
 * null when that connection cannot, so "none" is never reported for a database it cannot see.
 */
export async function listDistricts(adminUrl: string): Promise<ExistingDistrict[] | null> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows: role } = await client.query<{ sees_all: boolean }>(
      'SELECT rolsuper OR rolbypassrls AS sees_all FROM pg_roles WHERE rolname = current_user',
    );
    if (!role[0]?.sees_all) return null;
    const { rows } = await client.query<ExistingDistrict>(
      `SELECT code, name, created_at AS "createdAt" FROM org_unit WHERE level = 'DISTRICT' ORDER BY created_at, code`,
    );
    return rows;
  } finally {
    await client.end();
  }
}
