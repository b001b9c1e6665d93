/**
 * `npm run lighthouse`: builds the app, serves it with `vite preview`, and runs
 * Lighthouse 12 on it in the Chromium the tests use (mobile preset: the
 * default config, simulated slow 4G and a 4x slower CPU).
 *
 * Prints the four category scores (0–100), one per line, and writes
 * reports/lighthouse.json (a summary) and reports/lighthouse.html (the full
 * report).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { buildAndPreview } from './serve-build.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

async function main() {
  const server = await buildAndPreview();
  /** @type {chromeLauncher.LaunchedChrome | undefined} */
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    const result = await lighthouse(server.url, {
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

    /** @type {Record<string, number | null>} */
    const scores = {};
    for (const id of CATEGORIES) {
      const score = lhr.categories[id]?.score;
      scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
    }
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
    const html = Array.isArray(result.report) ? result.report[1] : undefined;
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
    };
    writeFileSync('reports/lighthouse.json', `${JSON.stringify(summary, null, 2)}\n`);
    console.log('wrote reports/lighthouse.json and reports/lighthouse.html');
  } finally {
    chrome?.kill();
    await server.close();
  }
}

await main();
