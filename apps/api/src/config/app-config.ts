import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
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
  /** Address the HTTP server listens on: 127.0.0.1 unless production (0.0.0.0) or HOST says otherwise. */
  host: string;
  /**
   * Express's `trust proxy`: which reverse proxies may say who the client is (X-Forwarded-For), so
   * audit rows and login throttles see the client's address, not the proxy's. Null: trust none.
   */
  trustProxy: number | string | null;
  /** A real PostgreSQL server; null means: start the embedded one. */
  databaseUrl: string | null;
  /** Password of the `village_app` role; generated and kept in the data folder in embedded mode. */
  appDbPassword: string | null;
  dataDir: string;
  /** Absolute path of the local evidence store: EVIDENCE_DIR, else `evidence` inside the data folder. */
  evidenceDir: string;
  /** Where the built web apps are (dist/apps/web-admin, dist/apps/web-villager; `npm run build:web`). */
  webDir: string;
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
  /**
   * Ed25519 seed (base64 of 32 bytes) signing the checkpoints of the published-digest log; null derives
   * one from the token secret (set it before publishing the public key).
   */
  noticeSigningKey: string | null;
  /** Login-free public notice requests per client address per minute. */
  publicRequestsPerMinute: number;
  demoPassword: string;
  /** Seed the demo district into an empty database: by default outside production only. */
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
  const noticeSigningKey = env.NOTICE_SIGNING_KEY?.trim() || null;
  if (noticeSigningKey && Buffer.from(noticeSigningKey, 'base64').length !== 32) {
    throw new ConfigError(
      'NOTICE_SIGNING_KEY 无效：应为 32 字节随机数的 base64 编码 (NOTICE_SIGNING_KEY must be base64 of 32 bytes)',
    );
  }
  const requestTimeoutMs = int(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 600_000);
  const dataDir = env.DATA_DIR?.trim() || '.data';
  const { seedDemo, demoPassword } = loadDemoSeed(env, production);
  return {
    production,
    port: int(env, 'PORT', 3000, 0, 65535),
    host: loadHost(env, production),
    trustProxy: loadTrustProxy(env),
    databaseUrl,
    appDbPassword: appDbPassword ?? (databaseUrl ? 'village_app_dev' : null),
    dataDir,
    evidenceDir: resolve(env.EVIDENCE_DIR?.trim() || join(dataDir, 'evidence')),
    webDir: resolve(env.WEB_DIR?.trim() || 'dist/apps'),
    embeddedPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1, 65535),
    dbPoolSize: int(env, 'DB_POOL_SIZE', 10, 1, 200),
    jwtSecret,
    auth: loadAuthConfig(env),
    piiKey,
    noticeSigningKey,
    publicRequestsPerMinute: int(env, 'PUBLIC_REQUESTS_PER_MINUTE', 120, 1, 100_000),
    demoPassword,
    seedDemo,
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

/**
 * The demo seed writes well-known accounts, so a production server seeds only when told to
 * (SEED_DEMO=true) and never with the password printed in the README.
 */
function loadDemoSeed(
  env: NodeJS.ProcessEnv,
  production: boolean,
): { seedDemo: boolean; demoPassword: string } {
  const raw = env.SEED_DEMO?.trim() ?? '';
  if (raw && raw !== 'true' && raw !== 'false') {
    throw new ConfigError(`SEED_DEMO=${raw} 无效：应为 true 或 false`);
  }
  const seedDemo = raw ? raw === 'true' : !production;
  const demoPassword = env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  if (production && seedDemo) {
    if (!env.DEMO_PASSWORD || demoPassword === DEFAULT_DEMO_PASSWORD) {
      throw new ConfigError(
        `生产环境（NODE_ENV=production）写入演示数据时必须用 DEMO_PASSWORD 另设演示账号密码，不能用默认的 ${DEFAULT_DEMO_PASSWORD}；` +
          '正式部署请不要设置 SEED_DEMO，改用 npm run admin -- create-district 创建区及其管理员 ' +
          '(SEED_DEMO=true in production requires a DEMO_PASSWORD other than the default)',
      );
    }
    if (demoPassword.length < MIN_DEMO_PASSWORD_LENGTH) {
      throw new ConfigError(`DEMO_PASSWORD 太短：至少 ${MIN_DEMO_PASSWORD_LENGTH} 个字符`);
    }
  }
  return { seedDemo, demoPassword };
}

const MIN_DEMO_PASSWORD_LENGTH = 8;

/** Only this machine unless production or HOST says otherwise; an IP address or a host name. */
function loadHost(env: NodeJS.ProcessEnv, production: boolean): string {
  const raw = env.HOST?.trim();
  if (!raw) return production ? '0.0.0.0' : '127.0.0.1';
  if (
    isIP(raw) ||
    /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(
      raw,
    )
  ) {
    return raw;
  }
  throw new ConfigError(
    `HOST=${raw} 无效：应为监听地址，如 127.0.0.1（仅本机）、0.0.0.0（所有 IPv4 网卡）或 ::`,
  );
}

/**
 * A hop count, or addresses / CIDR ranges / Express's names (loopback, linklocal, uniquelocal). Never
 * `true`: trusting every sender would let any client choose the address its logins are counted under.
 */
function loadTrustProxy(env: NodeJS.ProcessEnv): number | string | null {
  const raw = env.TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return null;
  if (/^\d+$/.test(raw)) return int(env, 'TRUST_PROXY', 0, 1, 10);
  const names = new Set(['loopback', 'linklocal', 'uniquelocal']);
  const valid = raw.split(',').every((part) => {
    const item = part.trim();
    const [address, bits, ...rest] = item.split('/');
    if (names.has(item)) return true;
    if (rest.length || !isIP(address)) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
  });
  if (!valid) {
    throw new ConfigError(
      `TRUST_PROXY=${raw} 无效：应为反向代理的地址或网段（逗号分隔，如 127.0.0.1 或 10.0.0.0/8、loopback）或代理层数 1–10；不接受 true`,
    );
  }
  return raw;
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
