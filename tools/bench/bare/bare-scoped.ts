import type { Pool, PoolClient } from 'pg';
import type { BareCaller } from './bare-auth';

const SET_SCOPE = `SELECT set_config('app.user_id', $1, true),
            set_config('app.login_username', $2, true),
            set_config('app.scope_districts', $3, true),
            set_config('app.scope_towns', $4, true),
            set_config('app.scope_villages', $5, true),
            set_config('app.scope_ancestors', $6, true)`;

/** One transaction whose first statement sets the caller's RLS scope, as TenantDb.run does. */
export async function inScope<T>(
  pool: Pool,
  caller: BareCaller,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    await client.query(SET_SCOPE, caller.scope);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
