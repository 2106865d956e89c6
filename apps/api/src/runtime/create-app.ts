import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createAppDataSource, type DatabaseTarget } from '@village/platform-db';
import type { AppConfig } from '../config/app-config';
import { AppModule } from '../app.module';
import { ALL_ENTITIES } from '../entities';
import { documentGuard } from '../graphql/document-guard';
import { serveExplorerAssets } from '../graphql/explorer';
import { securityHeaders } from '../graphql/security-headers';
import { timeBudget } from '../graphql/time-budget';
import { serveWebApps } from './web-apps';

/** Builds the API on a prepared database; used by main.ts and by the integration tests alike. */
export async function createApp(
  config: AppConfig,
  target: DatabaseTarget,
  jwtSecret: string,
  options: { logger?: false } = {},
): Promise<INestApplication> {
  const dataSource = createAppDataSource(target.appUrl, ALL_ENTITIES, config.dbPoolSize, {
    statementTimeoutMs: config.dbStatementTimeoutMs,
  });
  await dataSource.initialize();
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, dataSource, jwtSecret),
      {
        logger: options.logger ?? ['error', 'warn', 'log'],
      },
    );
    app.disable('x-powered-by');
    // Behind a reverse proxy: the client's address from X-Forwarded-For, only as the trusted proxies say.
    if (config.trustProxy !== null) app.set('trust proxy', config.trustProxy);
    app.use(securityHeaders);
    // Resident imports send a spreadsheet (≤ 2 MB) base64-encoded in the GraphQL body; Express's default is 100 kB.
    app.useBodyParser('json', { limit: '3mb' });
    // Registered now, so before the Apollo middleware that GraphQLModule adds at init (and after the
    // JSON parser): the document limits see the query before the parser does.
    app.use('/graphql', documentGuard(config.documentLimits), timeBudget(config.requestTimeoutMs));
    if (config.explorer) serveExplorerAssets(app);
    serveWebApps(app, config.webDir);
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
