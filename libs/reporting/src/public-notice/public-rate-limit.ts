import { AppException, ErrorCode } from '@village/platform-common';

/**
 * Login-free pages are open to anyone, so each client address gets a budget of requests per minute
 * (a fixed one-minute window, kept in memory per API instance: enough to blunt a scraper or a flood
 * without a shared store). Over budget: RATE_LIMITED with the seconds to wait.
 */
export class PublicRateLimit {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(private readonly perMinute: number) {}

  take(clientIp: string | null, now = Date.now()): void {
    const key = clientIp ?? 'unknown';
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= 60_000) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { startedAt: now, count: 1 });
      return;
    }
    window.count += 1;
    if (window.count > this.perMinute) {
      const retryAfterSeconds = Math.ceil((window.startedAt + 60_000 - now) / 1000);
      throw new AppException(ErrorCode.RATE_LIMITED, `访问过于频繁，请 ${retryAfterSeconds} 秒后再试`, [], {
        retryAfterSeconds,
      });
    }
  }
}
