/**
 * The report: every figure of a run printed as tables in one style
 * (`printTable`), and written to `reports/bench.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  ACCEPTED,
  COLD_RUNS,
  CPU_SLOWDOWN,
  KEY_BLOCK,
  KEY_GAP_MS,
  READ_MS,
  REPORT,
  THINK_MS,
  TRACE_FILE,
} from './config.mjs';
import { COLD_KINDS } from './cold.mjs';
import { FLOORS } from './floors.mjs';
import { STEP_LABELS } from './journeys.mjs';
import { ms, ratio } from './stats.mjs';
import { printTable } from './table.mjs';
import { verdict } from './targets.mjs';

/** @typedef {import('./stats.mjs').Summary} Summary */

/** @param {string} label @param {Summary} s @param {string[]} [rest] */
const row = (label, s, rest = []) => [label, String(s.n), ms(s.median), ms(s.worst), ...rest];

/**
 * @param {{ chromium: string, steps: Record<string, Summary>, stepsDom: Record<string, Summary>,
 *   floors: Record<string, Summary>,
 *   loads: Awaited<ReturnType<typeof import('./load.mjs').measureLoads>> }} r
 */
export function printWarm({ chromium, steps, stepsDom, floors, loads }) {
  printTable(
    `Chromium ${chromium}, CPU slowed ${CPU_SLOWDOWN}x (CDP), times in ms:`,
    [
      ['what', 'n', 'median', 'worst', 'script'],
      ...Object.entries(steps).map(([kind, s]) =>
        row(STEP_LABELS[kind] ?? kind, s, [ms(stepsDom[kind]?.median ?? NaN)]),
      ),
      ...Object.entries(floors).map(([kind, f]) =>
        row(FLOORS[/** @type {keyof typeof FLOORS} */ (kind)].label, f, ['']),
      ),
      row('navigation -> first contentful paint', loads.fcp, ['']),
      row("first visit's load: longest main-thread task", loads.longestTask, ['']),
      row('  before the load event: the first view', loads.firstViewTask, ['']),
      row('  after it: the guide loaded ahead of need', loads.aheadTask, ['']),
      row('  floor: the same page without its scripts', loads.bareTask, ['']),
    ],
    [
      'step: from the click to the next paint after the DOM changed; script: to the last DOM change before it',
      'floor: Continue pressed the same way, the next page cloned into main before any app code runs',
      'longest task: a longtask PerformanceObserver from before the load until 5 s after it, each load cold',
    ],
  );
}

/** A baseline's median with its ratio to this run's floor. @param {number} median @param {number} floor */
const baselineFigure = (median, floor) => `${ms(median)} (${ratio(median, floor)})`;

/**
 * @param {Record<string, Summary>} cold
 * @param {Record<string, Summary> | undefined} coldBaseline
 * @param {(kind: string) => number} floorOf
 */
export function printCold(cold, coldBaseline, floorOf) {
  /** @param {string} kind */
  const accepted = (kind) => {
    const a = ACCEPTED[/** @type {keyof typeof ACCEPTED} */ (kind.split(':').at(-1))];
    return a ? `${a.low.toFixed(2)}-${a.high.toFixed(2)}x` : '';
  };
  printTable(
    `Cold journeys: each step once, ${COLD_RUNS} fresh browser contexts (first visit, then returning with the service worker), ms:`,
    [
      [
        'step',
        'n',
        'median',
        'worst',
        'floor',
        'ratio',
        'accepted',
        ...(coldBaseline ? ['baseline'] : []),
      ],
      ...COLD_KINDS.filter(([kind]) => cold[kind]).map(([kind, label]) => {
        const c = /** @type {Summary} */ (cold[kind]);
        return row(label, c, [
          ms(floorOf(kind)),
          ratio(c.median, floorOf(kind)),
          accepted(kind),
          ...(coldBaseline
            ? [baselineFigure(coldBaseline[kind]?.median ?? NaN, floorOf(kind))]
            : []),
        ]);
      }),
    ],
    [
      `a visit reads the start page ${READ_MS} ms, each question ${THINK_MS} ms; floor: the warm floor of that kind of step, this run`,
      'accepted: the ratios of the last measure (issue 20); a ratio above the range is a regression',
      ...(coldBaseline
        ? [
            'baseline: the other build (BENCH_BASELINE) in turns with this one, its median and ratio to the same floor',
          ]
        : []),
    ],
  );
}

/** @param {Awaited<ReturnType<typeof import('./typing.mjs').measureTyping>>} typing */
export function printTyping({ floor, places, textareas, formatSwitch }) {
  printTable(
    'Typing on the negotiate outcome, keystroke to paint, ms:',
    [
      ['where', 'n', 'median', 'worst', 'its floor', 'ratio', 'message shown', 'worst'],
      row('floor: a bare <input> in the same page, all turns', floor, ['', '1.00x', '', '']),
      ...places.map(({ label, summary, shown, floor: own }) =>
        row(label, summary, [
          ms(own.median),
          ratio(summary.median, own.median),
          shown ? ms(shown.median) : '-',
          shown ? ms(shown.worst) : '-',
        ]),
      ),
      ...textareas.map(({ label, summary, floor: own }) =>
        row(label, summary, [ms(own.median), ratio(summary.median, own.median), '', '']),
      ),
      row('format switch (click -> painted)', formatSwitch, ['', '', '', '']),
    ],
    [
      `from the keydown's timestamp to the end of the first frame after it; a key every ${KEY_GAP_MS} ms after the last one's paint`,
      `its floor: the same keys typed into a bare <input> in the same page, in turns with the place, ${KEY_BLOCK} keys at a time; ratio: the place's median to its floor's`,
      'message shown: to the end of the first frame after the message ([data-template]) changed with the keystroke (- where some keystroke left it unchanged)',
      "a bare <textarea>: the same keys into a textarea of the editor's size holding the same text, with none of the app, in turns with that edited text (for context: the targets stay against the floor)",
    ],
  );
}

/** @param {import('./targets.mjs').Target[]} list */
export function printTargets(list) {
  printTable(`Targets (medians, CPU slowed ${CPU_SLOWDOWN}x, this run):`, [
    ['target', 'figure', 'verdict'],
    ...list.map((t) => [t.target, t.figure, verdict(t)]),
  ]);
}

/** @param {Record<string, Record<string, Summary>>} breakdown */
export function printBreakdown(breakdown) {
  const groups = ['compile', 'evaluate', 'script', 'style', 'layout', 'paint', 'other', 'waiting'];
  printTable(
    `Where a step's time goes (median ms, main thread, first run, from ${TRACE_FILE}):`,
    [
      ['step', ...groups],
      ...Object.entries(breakdown).map(([kind, by]) => [
        kind,
        ...groups.map((g) => ms(by[g]?.median ?? 0)),
      ]),
    ],
    [
      'first:/return: steps: the first cold run; type:<place>: each keystroke; compile: V8 parsing and compiling code on first use',
    ],
  );
}

/**
 * Writes the run's figures to `reports/bench.json`, and with `--trace` the
 * trace to `reports/bench-trace.json`.
 * @param {Record<string, unknown>} figures
 * @param {import('./trace.mjs').TraceEvent[]} [traceEvents]
 */
export function writeReport(figures, traceEvents) {
  mkdirSync('reports', { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(figures, null, 2)}\n`);
  if (traceEvents) writeFileSync(TRACE_FILE, JSON.stringify({ traceEvents }));
  return REPORT;
}
