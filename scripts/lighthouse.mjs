/**
 * `npm run lighthouse`: builds the app, serves it with `vite preview`, and runs
 * Lighthouse 12 on it in the Chromium the tests use (mobile preset: the
 * default config, simulated slow 4G and a 4x slower CPU).
 *
 * Prints the four category scores (0–100), one per line, and writes
 * reports/lighthouse.json (a summary) and reports/lighthouse.html (the full
 * report).
 *
 * `npm run lighthouse -- --runs 5` runs it five times, each in a fresh
 * browser, as Lighthouse's own advice on variability has it: it prints each
 * run's performance with its metrics and what the run observed without
 * throttling (the load event, the first paint), then the median run's scores
 * (by first contentful paint and time to interactive, Lighthouse's
 * `computeMedianRun`), whose report it writes. A run whose first frame the browser held back is
 * marked `held`: see `heldFirstFrame`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { buildAndPreview } from './serve-build.mjs';

/** @typedef {import('lighthouse').Result} Lhr */

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
/** Short names for a run's line. */
const METRIC_NAMES = /** @type {Record<string, string>} */ ({
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
});

/** A first paint this long after the load event, with the main thread idle between, was held. */
const HELD_AFTER_LOAD_MS = 500;
/** "Idle": the main-thread tasks between the load event and the first paint add up to less. */
const HELD_BUSY_MS = 50;

/** @param {string[]} args */
function runsWanted(args) {
  const at = args.indexOf('--runs');
  if (at === -1) return 1;
  const runs = Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error('--runs wants a whole number, 1 or more');
  return runs;
}

/**
 * What the run saw without throttling, before Lighthouse's simulation: the
 * load event, the first contentful paint, and the main thread's work between.
 * @param {Lhr} lhr
 */
function observed(lhr) {
  const items = /** @type {any} */ (lhr.audits.metrics?.details)?.items ?? [];
  const metrics = items[0] ?? {};
  /** @type {number} */
  const load = metrics.observedLoad ?? NaN;
  /** @type {number} */
  const firstPaint = metrics.observedFirstContentfulPaint ?? NaN;
  /** @type {{ startTime: number, duration: number }[]} */
  const tasks = /** @type {any} */ (lhr.audits['main-thread-tasks']?.details)?.items ?? [];
  const busy = tasks
    .filter((t) => t.startTime >= load && t.startTime < firstPaint)
    .reduce((sum, t) => sum + t.duration, 0);
  return { load, firstPaint, busy };
}

/**
 * Whether the browser held the page's first frame back: the first paint came
 * long after the load event though the main thread was idle in between. On
 * these machines headless Chromium does this in some runs, with or without
 * the app's scripts' work, and the page's compositor draws nothing for about
 * a second. Lighthouse's simulation then counts everything before that late
 * paint as needed for it, and its speed index (1.4 times the observed one)
 * with it: see docs/performance.md.
 * @param {ReturnType<typeof observed>} seen
 */
function heldFirstFrame(seen) {
  return seen.firstPaint - seen.load > HELD_AFTER_LOAD_MS && seen.busy < HELD_BUSY_MS;
}

/** @param {Lhr} lhr @param {string} id */
function score(lhr, id) {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
}

/**
 * What a run's line and the summary's `runs` say of it: its performance, and
 * the load and first paint it observed, with whether its first frame was held.
 * @param {Lhr} lhr
 */
function runFigures(lhr) {
  const seen = observed(lhr);
  return {
    performance: score(lhr, 'performance'),
    observedLoadMs: Math.round(seen.load),
    observedFirstPaintMs: Math.round(seen.firstPaint),
    heldFirstFrame: heldFirstFrame(seen),
  };
}

/** One line for a run: its performance, metrics and what it observed. @param {Lhr} lhr @param {number} i */
function describeRun(lhr, i) {
  const metrics = METRICS.map((id) => {
    const audit = lhr.audits[id];
    const value = audit?.numericValue ?? NaN;
    const shown = id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)}`;
    return `${METRIC_NAMES[id]} ${shown}`;
  }).join(', ');
  const run = runFigures(lhr);
  return (
    `run ${i + 1}: performance ${run.performance ?? 'n/a'} (${metrics}); ` +
    `observed: load ${run.observedLoadMs} ms, first paint ${run.observedFirstPaintMs} ms` +
    (run.heldFirstFrame ? ', held' : '')
  );
}

/** One Lighthouse run in a fresh browser. @param {string} url */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      onlyCategories: CATEGORIES,
      logLevel: 'error',
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    }
    const html = Array.isArray(result.report) ? result.report[1] : undefined;
    return { lhr, html };
  } finally {
    chrome.kill();
  }
}

async function main() {
  const runs = runsWanted(process.argv.slice(2));
  const server = await buildAndPreview();
  /** @type {{ lhr: Lhr, html: string | undefined }[]} */
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await runOnce(server.url);
      results.push(result);
      if (runs > 1) console.log(describeRun(result.lhr, i));
    }
  } finally {
    await server.close();
  }

  // One run is its own median, whatever metrics it lacks (computeMedianRun would throw).
  const median = runs > 1 ? computeMedianRun(results.map((r) => r.lhr)) : undefined;
  const at = median ? results.findIndex((r) => r.lhr === median) : 0;
  const { lhr, html } = /** @type {{ lhr: Lhr, html: string | undefined }} */ (results[at]);
  if (runs > 1) console.log(`median run: run ${at + 1}`);

  /** @type {Record<string, number | null>} */
  const scores = {};
  for (const id of CATEGORIES) scores[id] = score(lhr, id);
  /** @type {Record<string, string | undefined>} */
  const metrics = {};
  for (const id of METRICS) metrics[id] = lhr.audits[id]?.displayValue;
  /** Audits that cost points, for a quick look without opening the HTML. */
  const failing = Object.values(lhr.audits)
    .filter(
      (a) => typeof a.score === 'number' && a.score < 1 && a.scoreDisplayMode !== 'informative',
    )
    .map((a) => `${a.id}: ${a.title}`);

  for (const id of CATEGORIES) console.log(`${id}: ${scores[id] ?? 'n/a'}`);

  mkdirSync('reports', { recursive: true });
  if (html) writeFileSync('reports/lighthouse.html', html);
  const summary = {
    url: lhr.finalDisplayedUrl,
    fetchTime: lhr.fetchTime,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    formFactor: lhr.configSettings.formFactor,
    scores,
    metrics,
    failing,
    warnings: lhr.runWarnings,
    runs: results.map((r) => runFigures(r.lhr)),
  };
  writeFileSync('reports/lighthouse.json', `${JSON.stringify(summary, null, 2)}\n`);
  console.log('wrote reports/lighthouse.json and reports/lighthouse.html');
}

await main();
