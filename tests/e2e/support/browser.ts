import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (the only browser this machine can install: no browser downloads offline). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const PHONE_VIEWPORT = { width: 390, height: 844 };
export const DESKTOP_VIEWPORT = { width: 1366, height: 860 };

/**
 * A headless Chromium for one suite. Without one the suite fails, saying how to install it: a
 * browser test that skips itself would let a broken screen pass.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `找不到 Chromium（${CHROMIUM}）：浏览器测试需要它。请运行 ` +
        '`apt-get update && apt-get install -y chromium fonts-noto-cjk`（或用 CHROMIUM_PATH 指定浏览器路径）。',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}

/** A fresh browser profile (no stored login) at a desktop or phone size, in Chinese, on Beijing time. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  device: 'desktop' | 'phone' = 'desktop',
): Promise<BrowserContext> {
  const phone = device === 'phone';
  const context = await browser.newContext({
    baseURL,
    viewport: phone ? PHONE_VIEWPORT : DESKTOP_VIEWPORT,
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The apps then show dialogs without animation (admin-app.tsx): no step acts on a half-open one.
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(E2E_STEP_TIMEOUT_MS);
  return context;
}

/**
 * How long one browser step may wait. A step is milliseconds on a quiet machine; on the 2-core CI
 * machine beside the integration suites, a first page load has taken over 30 s (Playwright's default).
 */
export const E2E_STEP_TIMEOUT_MS = 60_000;

const SCREENSHOT_DIR = join(__dirname, '../../../docs/screenshots');
const SCRATCH_DIR = join(__dirname, '../../../tmp/screenshots');

/**
 * A screenshot of a main screen. Written to tmp/screenshots on every run (to look at after a
 * failure); into docs/screenshots, which the README shows, only with UPDATE_SCREENSHOTS=1, so a test
 * run does not change committed files.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? SCREENSHOT_DIR : SCRATCH_DIR;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/**
 * Clicks `trigger` until `shown` appears (a dialog, a menu). On the loaded 2-core CI machine a click that
 * lands while the list under it is re-rendering (a refetch after a change) has been lost now and then,
 * leaving the test waiting for a dialog nobody opened; a person would simply click again.
 */
export async function clickUntilShown(
  trigger: () => Promise<void>,
  shown: Locator,
  options: { tries?: number; waitMs?: number } = {},
): Promise<void> {
  const tries = options.tries ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    await trigger();
    try {
      await shown.waitFor({ timeout: options.waitMs ?? 10_000 });
      return;
    } catch (error) {
      if (attempt >= tries) throw error;
    }
  }
}
