import type { Browser } from 'playwright-core';

/** Lighthouse's "slow 4G / fast 3G" mobile profile: 562.5 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, 4× CPU. */
export const PHONE_PROFILE = {
  latencyMs: 562.5,
  downloadBytesPerSecond: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadBytesPerSecond: (750 * 1024 * 0.9) / 8,
  cpuSlowdown: 4,
};

/** What the init script leaves on the page's window. */
interface PageGlobals {
  __usableAt?: number;
}

export interface UsableTiming {
  /** From navigation start to the first moment the ready element is on screen, by the page's clock. */
  usableMs: number;
  /** Bytes the page transferred until then (navigation + resources, as the browser counts them). */
  transferredBytes: number;
  /** What loaded until then, when: start–end ms and path (BENCH_WEB_TRACE=1 prints it). */
  waterfall: string[];
}

/**
 * Opens `url` in a fresh phone-sized profile (cold cache, throttled network and CPU) and times, with
 * the browser's own performance clock, when `readySelector` first appears. `localStorage` entries are
 * set before the page runs (a signed-in resident).
 */
export async function timeUntilUsable(
  browser: Browser,
  url: string,
  readySelector: string,
  localStorage: Record<string, string> = {},
): Promise<UsableTiming> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  try {
    // Page scripts are strings: this file is compiled for Node, without the DOM's types.
    await context.addInitScript(`(() => {
      const entries = ${JSON.stringify(localStorage)};
      for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
      const selector = ${JSON.stringify(readySelector)};
      const check = () => {
        if (window.__usableAt === undefined && document.querySelector(selector)) window.__usableAt = performance.now();
      };
      new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
    })()`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE_PROFILE.latencyMs,
      downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
      uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
    await page.goto(url, { waitUntil: 'commit' });
    // Functions, not strings: the product's CSP forbids eval, which Playwright uses for string scripts.
    // They run in the page; globalThis is its window there.
    await page.waitForFunction(() => (globalThis as PageGlobals).__usableAt !== undefined, null, {
      timeout: 120_000,
      polling: 100,
    });
    return await page.evaluate(() => {
      const usableMs = (globalThis as PageGlobals).__usableAt ?? 0;
      // The page's performance object (Node's types do not know the browser's entry types).
      const timeline = performance as unknown as {
        getEntriesByType(type: string): { responseEnd: number; transferSize?: number }[];
      };
      const entries = [...timeline.getEntriesByType('navigation'), ...timeline.getEntriesByType('resource')];
      const transferredBytes = entries
        .filter((e) => e.responseEnd <= usableMs + 1)
        .reduce((sum, e) => sum + (e.transferSize || 0), 0);
      const waterfall = entries
        .filter((e) => e.responseEnd <= usableMs + 1)
        .map((e) => {
          const t = e as unknown as { name: string; startTime: number };
          return `${Math.round(t.startTime)}–${Math.round(e.responseEnd)} ms ${t.name.replace(/^https?:\/\/[^/]+/, '')}`;
        });
      return { usableMs, transferredBytes, waterfall };
    });
  } finally {
    await context.close();
  }
}
