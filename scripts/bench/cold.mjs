/**
 * Cold journeys: what a person meets, each step once. Each run is a fresh
 * browser context: a first visit (HTTP cache empty), then, once its service
 * worker has taken over, a returning visit in a new page.
 */
import { throttle, throttledPage } from './browser.mjs';
import { READ_MS } from './config.mjs';
import { coldSteps, runSteps } from './journeys.mjs';
import { summarise } from './stats.mjs';
import { startTrace, stopTrace } from './trace.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('./journeys.mjs').StepTiming} StepTiming */
/** @typedef {import('./journeys.mjs').Content} Content */
/** @typedef {import('./stats.mjs').Summary} Summary */

/** The cold steps' kinds, in the order printed. */
export const COLD_KINDS = /** @type {const} */ ([
  ['first:start', 'first visit: Start -> first question'],
  ['first:continue', 'first visit: Continue -> next question'],
  ['first:outcome', 'first visit: last Continue -> outcome'],
  ['return:start', 'returning visit: Start -> first question'],
  ['return:continue', 'returning visit: Continue -> next question'],
  ['return:outcome', 'returning visit: last Continue -> outcome'],
]);

/**
 * One run of the cold journey (`coldSteps`) in a fresh browser context: the
 * first visit, with the HTTP cache empty; then, once its service worker has
 * taken over, a returning visit in a new page, everything served by the
 * worker. Each visit reads the start page for `READ_MS` first. Each timed
 * step's kind is prefixed `first:` or `return:`.
 * @param {Browser} browser
 * @param {string} url
 * @param {Content} content
 * @param {import('./trace.mjs').TraceEvent[]} [traceInto] record both visits as a Chrome trace, into this
 * @returns {Promise<StepTiming[]>}
 */
export async function measureCold(browser, url, content, traceInto) {
  const { context, page, cdp } = await throttledPage(browser);
  try {
    /** @type {StepTiming[]} */
    const timings = [];
    /**
     * @param {Page} visit
     * @param {import('@playwright/test').CDPSession} session
     * @param {string} prefix
     */
    const journey = async (visit, session, prefix) => {
      if (traceInto) await startTrace(session, traceInto);
      await visit.goto(url, { waitUntil: 'load' });
      await visit.waitForTimeout(READ_MS);
      const steps = coldSteps(content).map((step) => ({ ...step, kind: `${prefix}:${step.kind}` }));
      timings.push(...(await runSteps(visit, steps)));
      if (traceInto) await stopTrace(session);
    };
    await journey(page, cdp, 'first');
    // The worker has installed (precached the build) and taken over the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    await page.close();
    const again = await context.newPage();
    await journey(again, await throttle(context, again), 'return');
    const served = await again.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!served) throw new Error('measureCold: the returning visit was not served by the worker');
    return timings;
  } finally {
    await context.close();
  }
}

/**
 * Median and worst of each kind of cold step.
 * @param {StepTiming[]} timings
 * @returns {Record<string, Summary>}
 */
export function summariseCold(timings) {
  /** @type {Record<string, Summary>} */
  const out = {};
  for (const [kind] of COLD_KINDS) {
    const mine = timings.filter((t) => t.kind === kind);
    if (mine.length > 0) out[kind] = summarise(mine.map((t) => t.ms));
  }
  return out;
}
