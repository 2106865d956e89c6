import { districts } from './overdue-objections-job';

/**
 * A background job over every district: at start and every `everyMs`, `work` runs for each district in
 * turn. One run at a time (a long run is not overlapped by the next tick); a failure is logged with
 * `failure` and retried at the next run, never stopping the server. Stopping waits for the run under
 * way, so the database is not shut down beneath it.
 */
export function startDistrictJob(options: {
  adminUrl: string;
  everyMs: number;
  work: (districtId: string) => Promise<unknown>;
  failure: string;
  log: (line: string) => void;
}): () => Promise<void> {
  let running: Promise<void> | null = null;
  const once = async () => {
    try {
      for (const district of await districts(options.adminUrl)) await options.work(district.id);
    } catch (error) {
      options.log(`${options.failure}：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const run = () => {
    running ??= once().finally(() => {
      running = null;
    });
    return running;
  };
  void run();
  const timer = setInterval(() => void run(), options.everyMs);
  timer.unref(); // never what keeps the process alive
  return async () => {
    clearInterval(timer);
    await running;
  };
}
