import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built server started as `npm start` does (embedded PostgreSQL), then second instances that
 * cannot start: each must say what is wrong and what to do, stop what it started, and exit 1.
 * Fixed ports of this suite's own range (PORT 3473–3475, EMBEDDED_PG_PORT 54473–54475).
 */
const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const READY = 'GraphQL 服务已启动';

describe('start-up failures (built server, embedded database)', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  let first: { child: ChildProcess; output: string };
  let dirA: string;
  let dirB: string;

  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'village-startfail-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach the folder
    dirs.push(dir);
    return dir;
  };
  const env = (dir: string, port: number, pgPort: number): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DATA_DIR: dir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    SEED_DEMO: 'false',
    PASSWORD_HASH_COST: '10',
  });

  beforeAll(() => {
    // The suite tests what `npm start` runs: the compiled server, built from this checkout.
    execFileSync('npm', ['run', 'build:api', '--silent'], { cwd: ROOT, stdio: 'pipe', timeout: 240_000 });
    dirA = dataDir();
    dirB = dataDir();
  }, 300_000);

  afterAll(async () => {
    for (const child of children) await stop(child);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('starts a first instance on 127.0.0.1', async () => {
    first = await start(env(dirA, 3473, 54473));
    expect(first.output).toContain('监听 127.0.0.1:3473');
  }, 120_000);

  it('names the embedded database port when it is taken', async () => {
    const result = await runToExit(env(dirB, 3474, 54473));
    expect(result.code).toBe(1);
    expect(result.output).toContain('启动失败：内置数据库的端口 54473 已被占用');
    expect(result.output).toContain('EMBEDDED_PG_PORT');
    expect(result.output).not.toContain('undefined');
  }, 120_000);

  it('says the data folder is in use by a running server', async () => {
    const result = await runToExit(env(dirA, 3474, 54474));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(
      /启动失败：内置数据库的数据目录 .* 正被另一个 PostgreSQL 进程（PID \d+）使用/,
    );
    expect(result.output).toContain('DATA_DIR');
  }, 120_000);

  it('names the HTTP port when it is taken, and stops the database it started', async () => {
    const result = await runToExit(env(dirB, 3473, 54475));
    expect(result.code).toBe(1);
    expect(result.output).toContain('启动失败：HTTP 端口 3473 已被占用');
    expect(result.output).toContain('PORT');
    expect(existsSync(join(dirB, 'pg', 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('names a bad setting', async () => {
    const result = await runToExit({ ...env(dirB, 3474, 54475), HOST: 'http://x' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('启动失败：HOST=http://x 无效');
  }, 60_000);

  it('still serves the first instance afterwards', async () => {
    const res = await fetch('http://127.0.0.1:3473/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.ok).toBe(true);
  });

  function start(childEnv: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let output = '';
      const timer = setTimeout(() => reject(new Error(`not ready within 90 s:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(READY)) {
          clearTimeout(timer);
          resolve({ child, output });
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before it was ready:\n${output}`));
      });
    });
  }

  function runToExit(childEnv: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [MAIN], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      let output = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`still running after 90 s:\n${output}`));
      }, 90_000);
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }
});

/** SIGTERM to the child's own pid, SIGKILL if it has not gone after 20 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
