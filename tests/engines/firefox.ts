/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive Debian's Firefox: see docs/engines.md). One browser per test file;
 * each `Tab` is a fresh browser context, so no storage, service worker or
 * history carries from one journey to the next.
 */
import { freemem, loadavg } from 'node:os';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import {
  describe,
  drainProbe,
  installProbe,
  locate,
  type Engine,
  type Query,
  type Tab,
} from './driver';
import { COMMAND_MS, watchForHangs } from './stuck';

/** The window every journey sees: a laptop's, as the Playwright tests use. */
export const VIEWPORT = { width: 1280, height: 900 } as const;

/**
 * How long one start may take before it is given up: Firefox prints its BiDi
 * address in 3-5 s here, 11 s with nothing in the page cache.
 */
const START_TIMEOUT = 45_000;

/**
 * One Firefox for the test file. Every command a tab sends has a deadline
 * (stuck.ts); after a hang, the next tab opens in a new Firefox.
 */
export async function launchFirefox(executablePath: string): Promise<Engine> {
  let browser = await startTwice(executablePath);
  const hangs = watchForHangs('firefox', {
    said: () => '',
    anew: 'a new Firefox',
    async restart() {
      browser.process()?.kill('SIGKILL');
      browser = await startTwice(executablePath);
    },
  });
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    open: (baseURL) =>
      hangs.open(() => hangs.guard('opening a page', COMMAND_MS, openTab(browser, baseURL))),
    async close() {
      // A Firefox that hung would hang its own close.
      if (hangs.hung()) browser.process()?.kill('SIGKILL');
      else await browser.close();
    },
  };
}

/**
 * Starts Firefox, and once more if the first start fails: once, on a fresh CI
 * machine, a first start never printed its BiDi address. The second start
 * passes Firefox's own output through (`dumpio`), so a second failure shows
 * what Firefox said, not only puppeteer's timeout.
 */
async function startTwice(executablePath: string): Promise<Browser> {
  try {
    return await startFirefox(executablePath, false);
  } catch (error) {
    // What the machine was doing, for a failure no one could reproduce.
    const load = loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
    const free = Math.round(freemem() / 2 ** 20);
    console.error(
      `firefox: the first start failed (load ${load}, ${free} MiB free), trying once more: ${String(error)}`,
    );
    return startFirefox(executablePath, true);
  }
}

function startFirefox(executablePath: string, dumpio: boolean): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: VIEWPORT,
    timeout: START_TIMEOUT,
    dumpio,
    // No crash reporter window to wait for where no one can see it.
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
}

async function openTab(browser: Browser, baseURL: string): Promise<Tab> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => {
    problems.push(`pageerror: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  // Before the page's own scripts, in every document: CSP violations and
  // failed loads have no BiDi event of their own.
  await page.evaluateOnNewDocument(installProbe);

  const drain = async () => {
    const recorded = await page.evaluate(drainProbe).catch(() => null);
    if (recorded) problems.push(...recorded);
  };
  const element = async (query: Query): Promise<ElementHandle> => {
    const found = await page.evaluateHandle(locate, query);
    try {
      const el = (await found.getProperty('element')).asElement();
      if (el) return el as ElementHandle;
      const why = await (await found.getProperty('missing')).jsonValue();
      throw new Error(`Cannot find ${describe(query)}: ${String(why)}`);
    } finally {
      await found.dispose();
    }
  };
  const url = (path: string) => new URL(path, baseURL).href;

  const tab: Tab = {
    engine: 'firefox',
    baseURL,
    async goto(path) {
      await drain();
      await page.goto(url(path), { waitUntil: 'load' });
    },
    async reload() {
      await drain();
      await page.reload({ waitUntil: 'load' });
    },
    // The guide's own steps stay in one document, but a step back past the
    // first load would leave it: read the probe first, as before any load.
    async back() {
      await drain();
      await page.goBack();
    },
    async forward() {
      await drain();
      await page.goForward();
    },
    async url() {
      return page.url();
    },
    evaluate(fn, ...args) {
      return page.evaluate(fn as never, ...(args as unknown as never[])) as never;
    },
    async click(query) {
      const el = await element(query);
      try {
        await el.click();
      } finally {
        await el.dispose();
      }
    },
    async type(query, text) {
      const el = await element(query);
      try {
        await el.focus();
        await el.type(text);
      } finally {
        await el.dispose();
      }
    },
    async setOffline(offline) {
      await page.setOfflineMode(offline);
    },
    async screenshot(path) {
      await afterTwoFrames(page);
      await page.screenshot({ path: path as `${string}.png` });
    },
    async problems() {
      await drain();
      return problems.splice(0);
    },
    async close() {
      await context.close();
    },
  };
  return tab;
}

function afterTwoFrames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}
