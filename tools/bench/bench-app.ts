import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { APP_ROLE } from '@village/platform-db';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { ALL_ENTITIES } from '../../apps/api/src/entities';

export interface BenchApp {
  app: INestApplicationContext;
  close(): Promise<void>;
}

/**
 * The application as served (AppModule with every module) as a Nest application context on the bench
 * database through the app role, so RLS, TenantDb transactions and the real services run exactly as
 * for a request. `poolSize` connections: one more than the work runs at once.
 */
export async function openBenchApp(appUrl: string, poolSize: number): Promise<BenchApp> {
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({
    DATABASE_URL: appUrl,
    JWT_SECRET: jwtSecret,
    PII_KEY: randomBytes(32).toString('base64'),
    DB_POOL_SIZE: String(poolSize),
  });
  const dataSource = new DataSource({
    type: 'postgres',
    url: appUrl,
    entities: ALL_ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    // Logs in as the bench role and becomes the app role, as createAppDataSource's pool would be.
    extra: { max: poolSize, application_name: 'village-bench', options: `-c role=${APP_ROLE}` },
  });
  await dataSource.initialize();
  let app: INestApplicationContext;
  try {
    app = await NestFactory.createApplicationContext(AppModule.forRoot(config, dataSource, jwtSecret), {
      logger: ['error', 'warn'],
    });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return {
    app,
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
