import { join } from 'node:path';
import {
  prepareDatabase,
  startEmbeddedDatabase,
  withDatabase,
  type DatabaseTarget,
} from '@village/platform-db';
import type { AppConfig } from '../config/app-config';
import { ALL_MIGRATIONS } from '../migrations';
import { loadOrCreateLocalSecrets } from './local-secrets';

export interface DatabaseRuntime {
  target: DatabaseTarget;
  jwtSecret: string;
  /** PII_KEY, or the one kept in the data folder when it is not set (never in production). */
  piiKey: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder; then provisions the
 * roles and applies the migrations. Both paths end in the same database state.
 */
export async function startDatabaseRuntime(
  config: AppConfig,
  log: (line: string) => void,
): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    // loadConfig guarantees both when DATABASE_URL is set.
    const target = await prepareDatabase(config.databaseUrl, ALL_MIGRATIONS, config.appDbPassword ?? '');
    const piiKey = config.piiKey ?? loadOrCreateLocalSecrets(config.dataDir).piiKey;
    return {
      target,
      jwtSecret: config.jwtSecret ?? '',
      piiKey,
      embedded: false,
      stop: async () => undefined,
    };
  }
  const secrets = loadOrCreateLocalSecrets(config.dataDir);
  log(
    `未设置 DATABASE_URL：启动内置 PostgreSQL（数据目录 ${join(config.dataDir, 'pg')}，端口 ${config.embeddedPort}）`,
  );
  const server = await startEmbeddedDatabase({
    dataDir: join(config.dataDir, 'pg'),
    port: config.embeddedPort,
    password: secrets.postgresPassword,
  });
  try {
    const target = await prepareDatabase(
      withDatabase(server.url, 'village'),
      ALL_MIGRATIONS,
      config.appDbPassword ?? secrets.appDbPassword,
    );
    return {
      target,
      jwtSecret: config.jwtSecret ?? secrets.jwtSecret,
      piiKey: config.piiKey ?? secrets.piiKey,
      embedded: true,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
