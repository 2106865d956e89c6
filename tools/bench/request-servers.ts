import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServedProcess {
  name: string;
  url: string;
  /** CPU time the process has used so far, in ms (user + system; Linux /proc, else null). */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/**
 * Starts a Node server as a child process of its own (so each gets a whole event loop, as deployed),
 * logging to `logDir`, and waits until its /graphql answers. Stopped by its own process id.
 */
export async function startServer(options: {
  name: string;
  main: string;
  port: number;
  env: Record<string, string>;
  logDir: string;
  /** Seconds to wait for the first answer (the product migrates and seeds the demo first). */
  readySeconds: number;
}): Promise<ServedProcess> {
  const log = createWriteStream(join(options.logDir, `${options.name}.log`));
  const child = spawn(process.execPath, [options.main], {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${options.port}/graphql`;
  const server: ServedProcess = {
    name: options.name,
    url,
    cpuMs: () => cpuMsOf(child.pid),
    stop: () => stopChild(child),
  };
  try {
    await waitUntilAnswering(url, child, options.readySeconds, options.name);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilAnswering(url: string, child: ChildProcess, seconds: number, name: string) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} (see its log)`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer on ${url} within ${seconds} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** utime + stime of a process from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 10 ms). */
function cpuMsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
