/**
 * `npm run bench`: how heavy and how fast the production build is.
 *
 * 1. Bytes: what the first view downloads, by file, gzip and brotli
 *    (scripts/first-view-bytes.mjs), and the "first response" figure
 *    (index.html + the CSS it links, gzip) against the 14 KB first round trip.
 * 2. First contentful paint, with the CPU slowed 4x through CDP, over cold loads.
 * 3. Step timings: from the input event of a click to the next paint after the
 *    DOM changed (`measureStep`), for each step of a scripted journey
 *    (`journeySteps`), median and worst per kind of step.
 *
 * Prints a report and writes the same figures to reports/bench.json.
 * Figures are for comparing builds on one machine, not absolute truths.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import {
  FIRST_ROUND_TRIP,
  GZIP_BUDGET,
  firstViewBytes,
  formatTable,
  kb,
} from './first-view-bytes.mjs';
import { buildAndPreview } from './serve-build.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */

/**
 * One step of a journey: `kind` groups steps for the summary ("start",
 * "option", "continue", "outcome"); `act` performs one user input.
 * @typedef {{ kind: string, act: (page: Page) => Promise<void> }} Step
 */

/**
 * A timed step. `ms`: from the first input event the action caused to the
 * paint after the DOM changed (what a user waits). `fromArmMs`: from just
 * before Playwright started the action (adds Playwright's own round trips).
 * @typedef {{ kind: string, ms: number, fromArmMs: number }} StepTiming
 */

/** @typedef {{ n: number, median: number, worst: number, samples: number[] }} Summary */

const CPU_SLOWDOWN = 4;
const FCP_RUNS = 5;
const JOURNEY_RUNS = 3;
const STEP_TIMEOUT_MS = 10_000;
const REPORT = 'reports/bench.json';

/**
 * Times one step: arms a MutationObserver in the page, performs `action`, and
 * resolves at the next paint after the DOM changed (two animation frames after
 * the first mutation that follows the input). DOM changes before the input
 * (a hover style, a late render) are ignored. Rejects if the action causes no
 * input event, or no DOM change within 10 s.
 * @param {Page} page
 * @param {(page: Page) => Promise<void>} action
 * @returns {Promise<{ ms: number, fromArmMs: number }>}
 */
export async function measureStep(page, action) {
  await page.evaluate((timeoutMs) => {
    const inputs = ['pointerdown', 'mousedown', 'touchstart', 'keydown', 'click'];
    /** @type {{ __benchStep?: Promise<{ ms: number, fromArmMs: number } | string> }} */
    const w = /** @type {any} */ (window);
    w.__benchStep = new Promise((resolve) => {
      const armedAt = performance.now();
      /** @type {number | null} */
      let inputAt = null;
      /** @param {Event} event */
      const onInput = (event) => {
        inputAt ??= event.timeStamp;
      };
      const observer = new MutationObserver(() => {
        if (inputAt === null) return;
        const start = inputAt;
        finish();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const end = performance.now();
            resolve({ ms: end - start, fromArmMs: end - armedAt });
          }),
        );
      });
      const timer = setTimeout(() => {
        finish();
        resolve(
          inputAt === null ? 'the action caused no input event' : 'no DOM change after the input',
        );
      }, timeoutMs);
      const finish = () => {
        observer.disconnect();
        clearTimeout(timer);
        for (const type of inputs) removeEventListener(type, onInput, true);
      };
      for (const type of inputs) addEventListener(type, onInput, true);
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  }, STEP_TIMEOUT_MS);
  await action(page);
  const result = await page.evaluate(() => /** @type {any} */ (window).__benchStep);
  if (typeof result === 'string') throw new Error(`measureStep: ${result}`);
  return result;
}

/**
 * The journey to time, starting from the freshly loaded start view.
 *
 * TODO(journey): once the UI exists, return the real journey here: press Start
 * (kind "start"); for each question choose options (kind "option") and press
 * Continue (kind "continue"), at least 30 steps in all; and the final Continue
 * that shows an outcome (kind "outcome"). Query by role and accessible name,
 * e.g. `page.getByRole('button', { name: 'Start' }).click()`.
 *
 * Until then: click the first `button` on the page if there is one (kind
 * "button"). If there is none (the stub), a synthetic self-check step injects
 * a button that adds a paragraph, so the harness itself is exercised; its
 * figure says nothing about the app.
 * @param {Page} page
 * @returns {Promise<Step[]>}
 */
export async function journeySteps(page) {
  if ((await page.locator('button').count()) > 0) {
    return [{ kind: 'button', act: (p) => p.locator('button').first().click() }];
  }
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'bench self-check';
    button.addEventListener('click', () => {
      const p = document.createElement('p');
      p.textContent = 'clicked';
      document.body.append(p);
    });
    document.body.append(button);
  });
  return [
    {
      kind: 'self-check (synthetic)',
      act: (p) => p.getByRole('button', { name: 'bench self-check' }).click(),
    },
  ];
}

/**
 * Runs `steps` in order, timing each.
 * @param {Page} page
 * @param {Step[]} steps
 * @returns {Promise<StepTiming[]>}
 */
export async function runSteps(page, steps) {
  /** @type {StepTiming[]} */
  const timings = [];
  for (const step of steps) {
    const { ms, fromArmMs } = await measureStep(page, step.act);
    timings.push({ kind: step.kind, ms, fromArmMs });
  }
  return timings;
}

/**
 * @param {number[]} values
 * @returns {Summary}
 */
function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[mid] ?? NaN)
      : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  /** @param {number} x */
  const round = (x) => Math.round(x * 10) / 10;
  return {
    n: values.length,
    median: round(median),
    worst: round(sorted.at(-1) ?? NaN),
    samples: values.map(round),
  };
}

/**
 * A fresh context (cold cache) and page with the CPU slowed down.
 * @param {Browser} browser
 */
async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

/**
 * First contentful paint of one cold load, in ms.
 * @param {Browser} browser
 * @param {string} url
 */
async function measureFcp(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const fcp = await page.waitForFunction(
      () =>
        performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
          ?.startTime,
      undefined,
      { timeout: 10_000 },
    );
    return /** @type {number} */ (await fcp.jsonValue());
  } finally {
    await context.close();
  }
}

/**
 * Times `journeySteps` from a fresh load, `runs` times.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<StepTiming[]>}
 */
async function measureJourney(browser, url, runs) {
  /** @type {StepTiming[]} */
  const all = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await throttledPage(browser);
    try {
      await page.goto(url, { waitUntil: 'load' });
      all.push(...(await runSteps(page, await journeySteps(page))));
    } finally {
      await context.close();
    }
  }
  return all;
}

async function main() {
  const started = Date.now();
  const server = await buildAndPreview();
  const bytes = firstViewBytes('dist');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    /** @type {number[]} */
    const fcps = [];
    for (let i = 0; i < FCP_RUNS; i++) fcps.push(await measureFcp(browser, server.url));
    const timings = await measureJourney(browser, server.url, JOURNEY_RUNS);

    /** @type {Record<string, Summary>} */
    const steps = {};
    for (const kind of new Set(timings.map((t) => t.kind))) {
      steps[kind] = summarise(timings.filter((t) => t.kind === kind).map((t) => t.ms));
    }
    const fcp = summarise(fcps);

    console.log('\nFirst view, bytes by file:');
    console.log(formatTable(bytes));
    console.log(
      `budget: ${kb(bytes.total.gzip)} of ${kb(GZIP_BUDGET)} gzip; first response ${bytes.firstResponse.gzip} B gzip of ${kb(FIRST_ROUND_TRIP)} (first round trip)`,
    );
    console.log(`\nChromium ${browser.version()}, CPU slowed ${CPU_SLOWDOWN}x (CDP):`);
    console.log(
      `first-contentful-paint: median ${fcp.median} ms, worst ${fcp.worst} ms (${fcp.n} cold loads)`,
    );
    console.log('steps (input -> next paint after the DOM changed):');
    for (const [kind, s] of Object.entries(steps)) {
      console.log(`  ${kind}: median ${s.median} ms, worst ${s.worst} ms (n=${s.n})`);
    }

    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cpuSlowdown: CPU_SLOWDOWN,
      bytes: {
        files: bytes.files,
        total: bytes.total,
        budgetGzip: GZIP_BUDGET,
        firstResponse: {
          ...bytes.firstResponse,
          label: '14 KB first round trip',
          limit: FIRST_ROUND_TRIP,
        },
      },
      fcpMs: fcp,
      stepsMs: steps,
      stepTimings: timings,
    };
    mkdirSync('reports', { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${REPORT} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
