/**
 * A first visit's load of the start page, cold, at 4x slowdown: its first
 * contentful paint, and the longest task on the main thread, split at the
 * load event: before it, the first view's own work (parsing the page, its
 * first layout, the app's code evaluated and hydrated); after it, the work
 * done ahead of need (the guide loaded at idle, `src/ui/shell/ahead.ts`).
 * Beside them, a floor: the same page without its scripts, whose tasks are
 * the browser's alone (parsing, style, layout, paint).
 */
import { throttledPage } from './browser.mjs';
import { LOAD_RUNS, LOAD_SETTLE_MS } from './config.mjs';
import { summarise } from './stats.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {{ fcp: number, longest: number, firstView: number, ahead: number }} Load */

/** How long the page without scripts is watched after its load event: it has no idle work. */
const BARE_SETTLE_MS = 1000;

/**
 * Serves the page at `url` without its scripts: every `<script>` and
 * `modulepreload` taken out, its HTML and style sheets as they are.
 * @param {Page} page
 * @param {string} url
 */
function withoutScripts(page, url) {
  return page.route(url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text())
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');
    await route.fulfill({ response, body });
  });
}

/**
 * One cold load: a `longtask` PerformanceObserver is in the page before any
 * of its own script (an init script), the page loads, its FCP is read, and
 * after `settle` ms more the tasks it saw, before and after the load event.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ bare: boolean }} options `bare`: the page without its scripts
 * @returns {Promise<Load>}
 */
async function measureLoad(browser, url, { bare }) {
  const { context, page } = await throttledPage(browser);
  try {
    if (bare) await withoutScripts(page, url);
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__benchTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          w.__benchTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    const fcp = await page.waitForFunction(
      () =>
        performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
          ?.startTime,
      undefined,
      { timeout: 10_000 },
    );
    await page.waitForTimeout(bare ? BARE_SETTLE_MS : LOAD_SETTLE_MS);
    const { tasks, loaded } = await page.evaluate(() => ({
      tasks: /** @type {[number, number][]} */ (/** @type {any} */ (window).__benchTasks),
      loaded: /** @type {PerformanceNavigationTiming} */ (
        performance.getEntriesByType('navigation')[0]
      ).loadEventEnd,
    }));
    /** The longest of some tasks' durations, 0 for none. @param {[number, number][]} some */
    const longest = (some) => Math.max(0, ...some.map(([, duration]) => duration));
    return {
      fcp: /** @type {number} */ (await fcp.jsonValue()),
      longest: longest(tasks),
      firstView: longest(tasks.filter(([start]) => start < loaded)),
      ahead: longest(tasks.filter(([start]) => start >= loaded)),
    };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold loads of the page (a fresh context each), each followed by one
 * of the page without its scripts (the floor).
 * @param {Browser} browser
 * @param {string} url
 * @param {number} [runs]
 */
export async function measureLoads(browser, url, runs = LOAD_RUNS) {
  /** @type {Load[]} */
  const loads = [];
  /** @type {Load[]} */
  const bare = [];
  for (let i = 0; i < runs; i++) {
    loads.push(await measureLoad(browser, url, { bare: false }));
    bare.push(await measureLoad(browser, url, { bare: true }));
  }
  return {
    fcp: summarise(loads.map((l) => l.fcp)),
    longestTask: summarise(loads.map((l) => l.longest)),
    firstViewTask: summarise(loads.map((l) => l.firstView)),
    aheadTask: summarise(loads.map((l) => l.ahead)),
    bareTask: summarise(bare.map((l) => l.longest)),
  };
}
