/**
 * A first visit's load of the start page, cold, at 4x slowdown: its first
 * contentful paint, and the longest task on the main thread from the start
 * of the load until its idle work (loading the guide ahead of need) is done.
 */
import { throttledPage } from './browser.mjs';
import { LOAD_RUNS, LOAD_SETTLE_MS } from './config.mjs';
import { summarise } from './stats.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */

/**
 * One cold load: a `longtask` PerformanceObserver is in the page before any
 * of its own script (an init script), the page loads, its FCP is read, and
 * after `LOAD_SETTLE_MS` more the longest task it saw.
 * @param {Browser} browser
 * @param {string} url
 * @returns {Promise<{ fcp: number, longestTask: number }>}
 */
async function measureLoad(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.addInitScript(() => {
      /** @type {any} */ (window).__benchLongest = 0;
      new PerformanceObserver((list) => {
        const w = /** @type {any} */ (window);
        for (const entry of list.getEntries())
          w.__benchLongest = Math.max(w.__benchLongest, entry.duration);
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
    await page.waitForTimeout(LOAD_SETTLE_MS);
    const longestTask = await page.evaluate(
      () => /** @type {number} */ (/** @type {any} */ (window).__benchLongest),
    );
    return { fcp: /** @type {number} */ (await fcp.jsonValue()), longestTask };
  } finally {
    await context.close();
  }
}

/**
 * `runs` cold loads (a fresh context each).
 * @param {Browser} browser
 * @param {string} url
 * @param {number} [runs]
 */
export async function measureLoads(browser, url, runs = LOAD_RUNS) {
  /** @type {{ fcp: number, longestTask: number }[]} */
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await measureLoad(browser, url));
  return {
    fcp: summarise(loads.map((l) => l.fcp)),
    longestTask: summarise(loads.map((l) => l.longestTask)),
  };
}
