// First: the migrations imported below reach their helpers through the @village aliases.
import './path-aliases';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Global setup runs outside Jest's module mapper, so it imports the db files by path.
import { withDatabase } from '../../libs/platform/db/src/database-urls';
import {
  freePort,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '../../libs/platform/db/src/embedded-database';
import { prepareDatabase } from '../../libs/platform/db/src/prepare-database';
import { ALL_MIGRATIONS } from '../../apps/api/src/migrations';
import { TEST_ENV } from './test-env';

declare global {
  var __embeddedTestDatabase: EmbeddedDatabase | undefined;
}

/**
 * Once per test run: find the PostgreSQL server (DATABASE_URL, or an embedded one started here in a
 * temporary folder), and build a template database with the real roles and migrations. Each suite
 * then gets its own database copied from the template.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'village-test-pg-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach the folder
    const server = await startEmbeddedDatabase({ dataDir, port: await freePort(), password: 'test' });
    globalThis.__embeddedTestDatabase = server;
    serverUrl = server.url;
  }
  const templateDb = `village_tpl_${process.pid}_${Date.now()}`;
  const appDbPassword = 'village_app_test';
  await prepareDatabase(withDatabase(serverUrl, templateDb), ALL_MIGRATIONS, appDbPassword);
  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.templateDb] = templateDb;
  process.env[TEST_ENV.appDbPassword] = appDbPassword;
  forgetGraphqlMetadata();
}

/**
 * The migrations above loaded the libs outside Jest, and their GraphQL decorators filled
 * @nestjs/graphql's metadata stores, which live on the process's global object. A suite run in band
 * (Jest does that for a single file) shares this process and would build its schema from those stale
 * classes as well ("Cannot determine a GraphQL output type"), so the stores are dropped here.
 */
function forgetGraphqlMetadata(): void {
  const stores = globalThis as { GqlTypeMetadataStorage?: unknown; GqlLazyMetadataStorageHost?: unknown };
  delete stores.GqlTypeMetadataStorage;
  delete stores.GqlLazyMetadataStorageHost;
}
