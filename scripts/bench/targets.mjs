/**
 * The targets, each with its figure from this run and whether it is met
 * (`null`: not measured).
 */
import { GZIP_BUDGET, kb } from '../first-view-bytes.mjs';
import { ACCEPTED, LONG_TASK_MS, TYPING_TARGET } from './config.mjs';
import { ms, ratio } from './stats.mjs';

/** @typedef {import('./stats.mjs').Summary} Summary */
/** @typedef {{ target: string, figure: string, met: boolean | null }} Target */

/**
 * @param {{
 *   bytes: import('../first-view-bytes.mjs').FirstViewBytes,
 *   loads: Awaited<ReturnType<typeof import('./load.mjs').measureLoads>>,
 *   cold: Record<string, Summary>,
 *   coldBaseline?: Record<string, Summary>,
 *   floorOf: (kind: string) => number,
 *   typing?: { floor: Summary, places: import('./typing.mjs').TypingFigure[] },
 * }} figures
 * @returns {Target[]}
 */
export function targets({ bytes, loads, cold, coldBaseline, floorOf, typing }) {
  /** @type {Target[]} */
  const out = [
    {
      target: `first view: within ${kb(GZIP_BUDGET)} gzip`,
      figure: `${bytes.total.gzip} B (${kb(bytes.total.gzip)})`,
      met: bytes.total.gzip <= GZIP_BUDGET,
    },
    {
      target: `first visit's load, ahead of need: no task over ${LONG_TASK_MS} ms`,
      figure: `${ms(loads.aheadTask.median)} ms (worst load ${ms(loads.aheadTask.worst)} ms)`,
      met: loads.aheadTask.median <= LONG_TASK_MS,
    },
    {
      target: `first visit's load, the first view: no task over ${LONG_TASK_MS} ms`,
      figure: `${ms(loads.firstViewTask.median)} ms (without its scripts ${ms(loads.bareTask.median)} ms)`,
      met: loads.firstViewTask.median <= LONG_TASK_MS,
    },
  ];
  for (const [visit, name] of [
    ['first', 'first visit'],
    ['return', 'returning visit'],
  ]) {
    for (const step of /** @type {const} */ (['continue', 'outcome'])) {
      const c = cold[`${visit}:${step}`];
      if (!c) continue;
      const { low, high } = ACCEPTED[step];
      // The other build in the same run, against the same floor: a miss it shares is the run's.
      const before = coldBaseline?.[`${visit}:${step}`]?.median;
      const beside = before === undefined ? '' : `; baseline ${ratio(before, floorOf(step))}`;
      out.push({
        target: `${name}: cold ${step === 'continue' ? 'question' : 'outcome'} within ${high.toFixed(2)}x (accepted ${low.toFixed(2)}-${high.toFixed(2)}x)`,
        figure: `${ratio(c.median, floorOf(step))} (${ms(c.median)} / ${ms(floorOf(step))} ms)${beside}`,
        met: c.median / floorOf(step) <= high,
      });
    }
    const startNow = cold[`${visit}:start`]?.median;
    if (startNow === undefined) continue;
    const startBefore = coldBaseline?.[`${visit}:start`]?.median;
    out.push({
      target: `${name}: cold Start no slower than the baseline`,
      figure:
        startBefore === undefined
          ? `${ms(startNow)} ms, no baseline (BENCH_BASELINE)`
          : `${ms(startNow)} ms against ${ms(startBefore)} ms`,
      met: startBefore === undefined ? null : startNow <= startBefore,
    });
  }
  for (const { label, summary, floor: own } of typing?.places ?? []) {
    const floor = own.median;
    out.push({
      target: `typing, ${label}: within ${TYPING_TARGET}x its floor`,
      figure: `${ratio(summary.median, floor)} (${ms(summary.median)} / ${ms(floor)} ms)`,
      met: summary.median / floor <= TYPING_TARGET,
    });
  }
  return out;
}

/** @param {Target} t */
export const verdict = (t) => (t.met === null ? 'NOT MEASURED' : t.met ? 'MET' : 'MISSED');
