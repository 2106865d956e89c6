import {
  DEFAULT_DOCUMENT_LIMITS,
  DEFAULT_QUERY_LIMITS,
  type DocumentLimits,
  type QueryLimits,
} from '@village/platform-common';
import {
  DEFAULT_PASSWORD_POLICY,
  defaultHashConcurrency,
  MAX_SCRYPT_COST,
  MIN_SCRYPT_COST,
  type AuthConfig,
} from '@village/platform-auth';

/** Everything the API reads from the environment, checked once at start. See README: configuration. */
export interface AppConfig {
  production: boolean;
  port: number;
  /** A real PostgreSQL server; null means: start the embedded one. */
  databaseUrl: string | null;
  /** Password of the `village_app` role; generated and kept in the data folder in embedded mode. */
  appDbPassword: string | null;
  dataDir: string;
  embeddedPort: number;
  dbPoolSize: number;
  /** JWT signing key; may be null only in embedded mode, where a generated one is kept in the data folder. */
  jwtSecret: string | null;
  auth: Omit<AuthConfig, 'jwtSecret'>;
  /**
   * Key protecting residents' ID numbers (base64 of 32 bytes). Null outside production means: generate
   * one and keep it in the data folder, like the JWT secret.
   */
  piiKey: string | null;
  demoPassword: string;
  seedDemo: boolean;
  explorer: boolean;
  queryLimits: QueryLimits;
  /** Checked on the document's text before graphql-js parses it. */
  documentLimits: DocumentLimits;
  /** A GraphQL request still running after this is answered with a timeout error. */
  requestTimeoutMs: number;
  /** PostgreSQL `statement_timeout` of the API's connections (0: none). */
  dbStatementTimeoutMs: number;
}

export const DEFAULT_DEMO_PASSWORD = 'Demo@2026';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const jwtSecret = env.JWT_SECRET?.trim() || null;
  if (databaseUrl && !jwtSecret) {
    throw new ConfigError(
      'JWT_SECRET 未设置：连接外部数据库（DATABASE_URL）时必须提供签名密钥 (JWT_SECRET is required with DATABASE_URL)',
    );
  }
  if (jwtSecret && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET 太短：至少 32 个字符 (JWT_SECRET must be at least 32 characters)');
  }
  const appDbPassword = env.APP_DB_PASSWORD?.trim() || null;
  if (databaseUrl && production && !appDbPassword) {
    throw new ConfigError('APP_DB_PASSWORD 未设置：生产环境必须为数据库角色 village_app 设置密码');
  }
  const piiKey = env.PII_KEY?.trim() || null;
  if (databaseUrl && production && !piiKey) {
    throw new ConfigError(
      'PII_KEY 未设置：生产环境必须提供身份证号加密密钥（32 字节的 base64） (PII_KEY is required in production)',
    );
  }
  if (piiKey && Buffer.from(piiKey, 'base64').length !== 32) {
    throw new ConfigError(
      'PII_KEY 无效：应为 32 字节随机数的 base64 编码 (PII_KEY must be base64 of 32 bytes)',
    );
  }
  const requestTimeoutMs = int(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000);
  return {
    production,
    port: int(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    appDbPassword: appDbPassword ?? (databaseUrl ? 'village_app_dev' : null),
    dataDir: env.DATA_DIR?.trim() || '.data',
    embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    jwtSecret,
    auth: loadAuthConfig(env),
    piiKey,
    demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    seedDemo: (env.SEED_DEMO ?? 'true') !== 'false',
    explorer: env.GRAPHQL_EXPLORER ? env.GRAPHQL_EXPLORER === 'true' : !production,
    queryLimits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_QUERY_LIMITS.maxDepth, 1, 50),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_QUERY_LIMITS.maxAliases, 0, 1000),
      maxCost: int(env, 'GRAPHQL_MAX_COST', DEFAULT_QUERY_LIMITS.maxCost, 1, 10_000_000),
      maxFragmentDepth: DEFAULT_QUERY_LIMITS.maxFragmentDepth,
      // Introspection is off in production; elsewhere the explorer's introspection query is 14 deep.
      exemptIntrospection: !production,
    },
    documentLimits: {
      ...DEFAULT_DOCUMENT_LIMITS,
      maxBytes: int(env, 'GRAPHQL_MAX_DOCUMENT_BYTES', DEFAULT_DOCUMENT_LIMITS.maxBytes, 1024, 3_000_000),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_DOCUMENT_LIMITS.maxTokens, 100, 1_000_000),
    },
    requestTimeoutMs,
    dbStatementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', requestTimeoutMs, 0, 3_600_000),
  };
}

const DAY_SECONDS = 86_400;
/** Settings that were replaced: a deployment still setting one must not silently get another meaning. */
const RETIRED = {
  LOGIN_LOCK_MINUTES: 'LOGIN_LOCK_SECONDS 与 LOGIN_LOCK_MAX_SECONDS',
  BCRYPT_ROUNDS: 'PASSWORD_HASH_COST',
};

function loadAuthConfig(env: NodeJS.ProcessEnv): AppConfig['auth'] {
  for (const [name, instead] of Object.entries(RETIRED)) {
    if (env[name]?.trim())
      throw new ConfigError(`${name} 已停用，请改用 ${instead}（见 README：Configuration）`);
  }
  const lockSeconds = int(env, 'LOGIN_LOCK_SECONDS', 60, 1, DAY_SECONDS);
  const blockSeconds = int(env, 'LOGIN_THROTTLE_BLOCK_SECONDS', 60, 1, DAY_SECONDS);
  // A cap below the first step would make the doubling meaningless: at least the first step.
  const cap = (name: string, fallback: number, first: number) =>
    int(env, name, Math.max(fallback, first), first, 7 * DAY_SECONDS);
  return {
    jwtTtlSeconds: int(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 30 * DAY_SECONDS),
    maxFailedLogins: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
    lockSeconds,
    maxLockSeconds: cap('LOGIN_LOCK_MAX_SECONDS', 900, lockSeconds),
    throttle: {
      windowSeconds: int(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 900, 1, DAY_SECONDS),
      blockSeconds,
      refusalDelayMs: int(env, 'LOGIN_THROTTLE_REFUSAL_DELAY_MS', 1000, 0, 10_000),
      perAddress: {
        maxFailures: int(env, 'LOGIN_IP_MAX_FAILURES', 20, 1, 1_000_000),
        maxBlockSeconds: cap('LOGIN_IP_MAX_BLOCK_SECONDS', 3600, blockSeconds),
      },
      perUsername: {
        maxFailures: int(env, 'LOGIN_USER_MAX_FAILURES', 10, 1, 1_000_000),
        maxBlockSeconds: cap('LOGIN_USER_MAX_BLOCK_SECONDS', 900, blockSeconds),
      },
    },
    passwordHashCost: int(env, 'PASSWORD_HASH_COST', 15, MIN_SCRYPT_COST, MAX_SCRYPT_COST),
    passwordHashConcurrency: int(env, 'PASSWORD_HASH_CONCURRENCY', defaultHashConcurrency(), 1, 64),
    passwordPolicy: {
      minLength: int(env, 'PASSWORD_MIN_LENGTH', DEFAULT_PASSWORD_POLICY.minLength, 6, 64),
      minClasses: int(env, 'PASSWORD_MIN_CLASSES', DEFAULT_PASSWORD_POLICY.minClasses, 1, 4),
      forbidUsername: env.PASSWORD_MAY_CONTAIN_USERNAME?.trim() !== 'true',
    },
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} 无效：应为 ${min}–${max} 之间的整数`);
  }
  return value;
}
