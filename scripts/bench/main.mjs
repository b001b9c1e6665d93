/**
 * `npm run bench`: how heavy and how fast the production build is, in
 * Chromium with the CPU slowed 4x. See docs/performance.md for what each
 * figure is. Prints tables, then the targets (MET or MISSED), and writes the
 * figures to reports/bench.json.
 *
 * - `--trace`: also records Chrome traces (the first warm journey, the first
 *   cold run's two visits, the typing page) to reports/bench-trace.json and
 *   prints where each kind of step spends the main thread's time.
 * - `--cold`: only the bytes, one load, the floors and the cold journeys.
 * - `--only <parts>`: only these parts, comma-separated, of `load` (the cold
 *   loads), `warm` (the floors and the warm journeys), `typing` and `cold`
 *   (the floors and the cold journeys): `--only typing,load` for issue 20's
 *   figures in a few minutes. The bytes are always printed.
 * - `BENCH_PORT`: the preview server's port (the baseline the next one up).
 * - `BENCH_BASELINE=<dist dir>`: another build's cold journeys too,
 *   alternating with this one's, for "cold Start no slower than before".
 */
import { firstViewBytes } from '../first-view-bytes.mjs';
import { launchBrowser } from './browser.mjs';
import { bytesReport, printBytes } from './bytes.mjs';
import { measureCold, summariseCold } from './cold.mjs';
import { COLD_RUNS, CPU_SLOWDOWN, JOURNEY_RUNS, KEYBOARD_RUNS } from './config.mjs';
import { measureFloors } from './floors.mjs';
import { loadContent, measureJourney, summariseSteps } from './journeys.mjs';
import { measureLoads } from './load.mjs';
import * as print from './report.mjs';
import { buildAndPreview, serveDist } from './serve.mjs';
import { targets } from './targets.mjs';
import { traceBreakdown } from './trace.mjs';
import { measureTyping } from './typing.mjs';

/** @typedef {import('./journeys.mjs').StepTiming} StepTiming */
/** @typedef {import('./trace.mjs').TraceEvent} TraceEvent */

const started = Date.now();
const trace = process.argv.includes('--trace');
const coldOnly = process.argv.includes('--cold');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : undefined;
const PARTS = ['load', 'warm', 'typing', 'cold'];
if (only && (only.size === 0 || ![...only].every((part) => PARTS.includes(part)))) {
  console.error(`--only takes a comma-separated list of: ${PARTS.join(', ')}`);
  process.exit(2);
}
/** Whether a part of the bench runs. @param {string} part */
const runs = (part) => !only || only.has(part);
const server = await buildAndPreview();
const bytes = firstViewBytes('dist');
const browser = await launchBrowser();
try {
  const content = await loadContent();
  const url = server.url;
  /** @type {TraceEvent[]} */
  const traceEvents = [];
  const traceInto = trace ? traceEvents : undefined;

  const loads = await measureLoads(browser, url, coldOnly || !runs('load') ? 1 : undefined);
  const warm = !coldOnly && runs('warm');
  const floors =
    warm || runs('cold')
      ? await measureFloors(browser, url, content)
      : /** @type {Awaited<ReturnType<typeof measureFloors>>} */ ({});
  const timings = [
    ...(await measureJourney(browser, url, warm ? JOURNEY_RUNS : 0, content, { traceInto })),
    ...(await measureJourney(browser, url, warm ? KEYBOARD_RUNS : 0, content, {
      keyboard: true,
    })),
  ];
  const typing =
    coldOnly || !runs('typing') ? undefined : await measureTyping(browser, url, content, traceInto);

  // Cold journeys, alternating with the baseline build's when there is one.
  const baselineDir = process.env.BENCH_BASELINE;
  const baseline = baselineDir ? await serveDist(baselineDir) : undefined;
  /** @type {StepTiming[]} */
  const coldTimings = [];
  /** @type {StepTiming[]} */
  const baselineTimings = [];
  try {
    for (let i = 0; i < (runs('cold') ? COLD_RUNS : 0); i++) {
      coldTimings.push(
        ...(await measureCold(browser, url, content, i === 0 ? traceInto : undefined)),
      );
      if (baseline) baselineTimings.push(...(await measureCold(browser, baseline.url, content)));
    }
  } finally {
    await baseline?.close();
  }
  const cold = summariseCold(coldTimings);
  const coldBaseline = baseline ? summariseCold(baselineTimings) : undefined;
  /** The floor a kind of step (or cold step, `first:continue`) is held against. @param {string} kind */
  const floorOf = (kind) => floors[kind.split(':').at(-1) ?? '']?.median ?? NaN;
  const { steps, stepsDom } = summariseSteps(timings);

  printBytes(bytes);
  print.printWarm({ chromium: browser.version(), steps, stepsDom, floors, loads });
  print.printCold(cold, coldBaseline, floorOf);
  if (typing) print.printTyping(typing);
  const list = targets({ bytes, loads, cold, coldBaseline, floorOf, typing });
  print.printTargets(list);
  const breakdown = trace ? traceBreakdown(traceEvents) : undefined;
  if (breakdown) print.printBreakdown(breakdown);
  const written = print.writeReport(
    {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cpuSlowdown: CPU_SLOWDOWN,
      bytes: bytesReport(bytes),
      fcpMs: loads.fcp,
      longestLoadTaskMs: loads.longestTask,
      firstViewLoadTaskMs: loads.firstViewTask,
      aheadLoadTaskMs: loads.aheadTask,
      bareLoadTaskMs: loads.bareTask,
      floorMs: floors,
      stepsMs: steps,
      stepsScriptMs: stepsDom,
      coldMs: cold,
      ...(coldBaseline ? { coldBaselineMs: coldBaseline, baseline: baselineDir } : {}),
      ...(typing ? { typingMs: typing } : {}),
      targets: list,
      coldTimings,
      ...(breakdown ? { traceBreakdownMs: breakdown } : {}),
      stepTimings: timings,
    },
    traceInto,
  );
  console.log(`\nwrote ${written} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await browser.close();
  await server.close();
}
