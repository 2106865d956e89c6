import autocannon from 'autocannon';

/** What one server did over one round (its slices together). */
export interface LoadRun {
  requestsPerSecond: number;
  /** Latency percentiles over every response of the round, in ms. */
  p50: number;
  p99: number;
  /** Responses that were not 2xx, plus connection errors and timeouts: must be 0 for a valid run. */
  failures: number;
  /**
   * CPU time of the server per response, in µs: steadier than req/s on a shared machine, since what
   * other jobs take from the cores shows in throughput far more than in the server's own CPU time.
   */
  cpuMicrosPerRequest: number | null;
}

export interface LoadTarget {
  url: string;
  token: string;
  body: string;
  /** The serving process's CPU time so far (ms), to charge each slice its CPU per request. */
  cpuMs(): number | null;
}

interface Slice {
  latencies: number[];
  failures: number;
  seconds: number;
  cpuMs: number | null;
}

/** `seconds` of `connections` keep-alive connections POSTing the same GraphQL operation. */
function runSlice(
  target: LoadTarget,
  connections: number,
  seconds: number,
  overallRate?: number,
): Promise<Slice> {
  const latencies: number[] = [];
  const cpuBefore = target.cpuMs();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        connections,
        duration: seconds,
        ...(overallRate ? { overallRate } : {}),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
        body: target.body,
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const cpuAfter = target.cpuMs();
        resolve({
          latencies,
          failures: result.non2xx + result.errors + result.timeouts,
          seconds: result.duration,
          cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * One round for one query: both servers in ABBA order (A, B, B, A; who is A alternates per round),
 * each slice `seconds / 2` long, so a drift in the machine's load during the round falls on both
 * alike. Percentiles are over all of a server's responses in the round.
 */
export async function runRound(
  targets: { product: LoadTarget; bare: LoadTarget },
  productFirst: boolean,
  connections: number,
  seconds: number,
): Promise<{ product: LoadRun; bare: LoadRun }> {
  const slice = Math.max(1, Math.round(seconds / 2));
  const [a, b] = productFirst ? (['product', 'bare'] as const) : (['bare', 'product'] as const);
  const slices: Record<'product' | 'bare', Slice[]> = { product: [], bare: [] };
  for (const side of [a, b, b, a]) slices[side].push(await runSlice(targets[side], connections, slice));
  return { product: combine(slices.product), bare: combine(slices.bare) };
}

/**
 * One recorded run of `seconds` against one target, as fast as it answers or at `overallRate`
 * requests a second (the login bench measures `me` both ways).
 */
export async function measure(
  target: LoadTarget,
  connections: number,
  seconds: number,
  overallRate?: number,
): Promise<LoadRun> {
  return combine([await runSlice(target, connections, seconds, overallRate)]);
}

/** A short unrecorded run: JIT, connection pools and plans warm. */
export async function warmUp(target: LoadTarget, connections: number, seconds: number): Promise<void> {
  await runSlice(target, connections, seconds);
}

function combine(slices: readonly Slice[]): LoadRun {
  const latencies = slices.flatMap((s) => s.latencies).sort((x, y) => x - y);
  const seconds = slices.reduce((sum, s) => sum + s.seconds, 0);
  const cpuMs = slices.every((s) => s.cpuMs !== null)
    ? slices.reduce((sum, s) => sum + (s.cpuMs ?? 0), 0)
    : null;
  return {
    cpuMicrosPerRequest: cpuMs === null || !latencies.length ? null : (cpuMs * 1000) / latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    failures: slices.reduce((sum, s) => sum + s.failures, 0),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** The answer a server gives, as bytes: both servers must give the same before they are timed. */
export async function answerOf(target: LoadTarget): Promise<string> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
    body: target.body,
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${target.url} answered ${res.status}: ${text}`);
  return text;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
