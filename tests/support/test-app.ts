import type { INestApplication } from '@nestjs/common';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import request from 'supertest';
import { setTodayForTests } from '@village/platform-common';
import { TenantDb } from '@village/platform-tenancy';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import { seedDemoData, type DemoSeedResult } from '../../apps/api/src/demo/seed-demo';
import { createApp } from '../../apps/api/src/runtime/create-app';
import { LOGIN } from './documents/login';
import { createTestDatabase, type TestDatabase } from './test-database';
import { TEST_DEMO_PASSWORD, TEST_JWT_SECRET, TEST_PII_KEY } from './test-env';

export interface GqlResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: {
      code?: string;
      fields?: { field: string; reasons: string[] }[];
      retryAfterSeconds?: number;
    };
  }[];
}

/** Any typed document, its data and variables unknown (see `gqlLoose`). */
export type AnyDocument = TypedDocumentNode<unknown, never>;

/**
 * How long a suite's beforeAll may take when it seeds the demo's year of activity (demoActivity: the
 * replay of two villages' two years through the real services, ~20–40 s alone; on a busy two-core
 * machine it has taken over a minute, past the default 60 s).
 */
export const DEMO_ACTIVITY_SEED_TIMEOUT_MS = 240_000;

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  config: AppConfig;
  /** What the demo seed did (null with `seed: false`), e.g. how long the year of activity took. */
  demoSeed: DemoSeedResult | null;
  /** A typed document (tests/support/generated, `npm run codegen`) gives typed data and variables. */
  gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    token?: string,
  ): Promise<GqlResponse<TResult>>;
  /** A plain query string: for suites not yet typed, and for documents the schema must refuse. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<T>>;
  /**
   * Any typed document with variables the caller vouches for, data left unknown: for a loop over
   * different documents where only the errors are checked (the isolation suites).
   */
  gqlLoose(
    document: AnyDocument,
    variables: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResponse<unknown>>;
  login(username: string, password?: string): Promise<string>;
  /** Pins China's "today" for the app under test (null: the real date again); reset by close(). */
  setToday(date: string | null): void;
  close(): Promise<void>;
}

/**
 * The real API on its own database (real migrations, real roles, RLS on), seeded with the demo
 * district unless told otherwise. `env` overrides configuration as the environment would.
 */
export async function startTestApp(
  options: {
    seed?: boolean;
    /** false: seed the org tree, users and rules but no demo residents, grids or contracts. */
    demoPeople?: boolean;
    /** true: also replay the demo's year of activity (previous year complete, this year so far; seconds). */
    demoActivity?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: db.adminUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    DEMO_PASSWORD: TEST_DEMO_PASSWORD,
    PII_KEY: TEST_PII_KEY,
    // Quick hashes, and throttles out of the way of suites that try many wrong passwords on purpose
    // (tests/auth/login-throttle.spec.ts sets its own).
    PASSWORD_HASH_COST: '10',
    LOGIN_IP_MAX_FAILURES: '1000000',
    LOGIN_USER_MAX_FAILURES: '1000000',
    LOGIN_THROTTLE_REFUSAL_DELAY_MS: '0',
    DB_POOL_SIZE: '4',
    ...options.env,
  });
  const app = await createApp(config, db, TEST_JWT_SECRET, { logger: false });
  await app.init();
  let demoSeed: DemoSeedResult | null = null;
  if (options.seed !== false) {
    demoSeed = await seedDemoData(db.adminUrl, app.get(TenantDb), {
      demoPassword: TEST_DEMO_PASSWORD,
      passwordHashCost: config.auth.passwordHashCost,
      piiKey: config.piiKey ?? TEST_PII_KEY,
      people: options.demoPeople,
      activity: options.demoActivity ? app : null,
    });
  }

  const gql = async <T>(
    document: string | TypedDocumentNode<T, any>,
    variables?: unknown,
    token?: string,
  ): Promise<GqlResponse<T>> => {
    const query = typeof document === 'string' ? document : print(document);
    const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as GqlResponse<T>;
  };

  return {
    app,
    db,
    config,
    demoSeed,
    gql,
    gqlLoose: (document, variables, token) =>
      gql<unknown>(document as TypedDocumentNode<unknown, any>, variables, token),
    async login(username, password = TEST_DEMO_PASSWORD) {
      const res = await gql(LOGIN, { input: { username, password } });
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.accessToken;
    },
    setToday(date) {
      setTodayForTests(date);
    },
    async close() {
      setTodayForTests(null);
      await app.close();
      await db.drop();
    },
  };
}

/** The data of a response that must have succeeded; the errors, readably, when it did not. */
export function expectOk<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors, null, 2));
  return res.data;
}

/** The error code of the first error, for assertions. */
export function errorCode(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}
