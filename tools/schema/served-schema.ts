import { Module, type INestApplication, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';

/**
 * The application exactly as served, minus a database connection: nothing touches the database while
 * the schema is built, so an unconnected DataSource is enough. Extra providers let tests add resolvers.
 */
export async function createOfflineApp(extraProviders: Type[] = []): Promise<INestApplication> {
  const jwtSecret = 'offline-schema-build-offline-schema-build';
  // A throwaway PII key: the schema build encrypts nothing.
  const config = loadConfig({ JWT_SECRET: jwtSecret, PII_KEY: Buffer.alloc(32).toString('base64') });
  const dataSource = new DataSource({ type: 'postgres' });
  @Module({ imports: [AppModule.forRoot(config, dataSource, jwtSecret)], providers: extraProviders })
  class OfflineModule {}
  const app = await NestFactory.create(OfflineModule, { logger: false, abortOnError: false });
  await app.init();
  return app;
}

/** The SDL of the served schema, as committed in schema.graphql. */
export async function printServedSchema(): Promise<string> {
  const app = await createOfflineApp();
  try {
    return printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
  } finally {
    await app.close();
  }
}
