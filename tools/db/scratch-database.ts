import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, startEmbeddedDatabase, withDatabase } from '@village/platform-db';

export interface ScratchDatabase {
  adminUrl: string;
  drop(): Promise<void>;
}

/**
 * A throw-away database for tools: on DATABASE_URL's server when set, otherwise on an embedded
 * server in a temporary folder.
 */
export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  let serverUrl = process.env.DATABASE_URL ?? '';
  let stopServer = async () => undefined as void;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach the folder
    const server = await startEmbeddedDatabase({ dataDir: dir, port: await freePort(), password: 'scratch' });
    serverUrl = server.url;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    adminUrl: withDatabase(serverUrl, name),
    async drop() {
      const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await stopServer();
    },
  };
}
