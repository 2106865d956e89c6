import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Pool } from 'pg';
import { BareAuth } from './bare-auth';
import { bareResolvers, type BareRequest } from './bare-resolvers';

/**
 * The bare baseline of `npm run bench:request`: Apollo Server 5 on Express 5 serving the committed
 * schema, with only the benchmarked fields resolved, by hand, over plain pg. It does the product's
 * per-request work — verify the JWT, load the caller and their live grants, set the RLS scope in the
 * transaction, run the product's SQL — and nothing of the framework around it.
 *
 * Environment: BARE_PORT, BARE_DATABASE_URL (the app role), JWT_SECRET, BARE_POOL_SIZE.
 */
async function main(): Promise<void> {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const pool = new Pool({
    connectionString: env('BARE_DATABASE_URL'),
    max: Number(process.env.BARE_POOL_SIZE ?? 10),
    application_name: 'village-bare',
  });
  const auth = new BareAuth(pool, env('JWT_SECRET'));
  const app = express();
  const httpServer = createServer(app);
  const server = new ApolloServer<BareRequest>({
    typeDefs: readFileSync(join(__dirname, '../../../../schema.graphql'), 'utf8'),
    resolvers: bareResolvers(pool),
    introspection: false,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await server.start();
  app.use(
    '/graphql',
    express.json({ limit: '3mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => ({ caller: await auth.caller(req.headers.authorization) }),
    }),
  );
  const port = Number(env('BARE_PORT'));
  httpServer.listen(port, '127.0.0.1', () => console.log(`bare server ready on ${port}`));
  const stop = () => {
    void server
      .stop()
      .then(() => pool.end())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
