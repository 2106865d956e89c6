import { Client } from 'pg';
import { withDatabase } from '../../libs/platform/db/src/database-urls';
import { TEST_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_ENV.serverUrl];
  const templateDb = process.env[TEST_ENV.templateDb];
  if (serverUrl && templateDb) {
    const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.__embeddedTestDatabase?.stop();
}
