import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createAppDataSource, type DatabaseTarget } from '@village/platform-db';
import type { AppConfig } from '../config/app-config';
import { AppModule } from '../app.module';
import { ALL_ENTITIES } from '../entities';
import { serveExplorerAssets } from '../graphql/explorer';

/** Builds the API on a prepared database; used by main.ts and by the integration tests alike. */
export async function createApp(
  config: AppConfig,
  target: DatabaseTarget,
  jwtSecret: string,
  options: { logger?: false } = {},
): Promise<INestApplication> {
  const dataSource = createAppDataSource(target.appUrl, ALL_ENTITIES, config.dbPoolSize);
  await dataSource.initialize();
  try {
    const app = await NestFactory.create(AppModule.forRoot(config, dataSource, jwtSecret), {
      logger: options.logger ?? ['error', 'warn', 'log'],
    });
    if (config.explorer) serveExplorerAssets(app);
    const close = app.close.bind(app);
    app.close = async () => {
      await close();
      if (dataSource.isInitialized) await dataSource.destroy();
    };
    return app;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}
