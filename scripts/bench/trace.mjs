/**
 * `--trace`: Chrome traces of the measured pages, and where each timed step
 * (each `bench:<kind>` measure) spent the main thread's time.
 */
import { summarise } from './stats.mjs';

/** @typedef {import('./stats.mjs').Summary} Summary */

/**
 * One Chrome trace event (the fields used here).
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number, cat: string, id?: string, id2?: { local?: string }, args?: any }} TraceEvent
 */

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
].join(',');

/**
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {TraceEvent[]} into
 */
export async function startTrace(cdp, into) {
  cdp.on('Tracing.dataCollected', ({ value }) =>
    into.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))),
  );
  await cdp.send('Tracing.start', {
    categories: TRACE_CATEGORIES,
    transferMode: 'ReportEvents',
  });
}

/** @param {import('@playwright/test').CDPSession} cdp */
export async function stopTrace(cdp) {
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
}

/**
 * What the main thread was doing, by trace event name; anything else counts as
 * "other". V8's own events for parsing and compiling code (any whose name
 * says so) count as "compile"; running a module or script's top level as
 * "evaluate".
 */
const TRACE_GROUPS = /** @type {const} */ ({
  evaluate: ['EvaluateScript', 'v8.evaluateModule', 'v8.runModule'],
  script: [
    'EventDispatch',
    'FunctionCall',
    'RunMicrotasks',
    'TimerFire',
    'FireAnimationFrame',
    'v8.run',
    'v8.callFunction',
    'V8.GC_SCAVENGER',
    'MinorGC',
    'MajorGC',
  ],
  style: [
    'UpdateLayoutTree',
    'RecalculateStyles',
    'ScheduleStyleRecalculation',
    'ParseAuthorStyleSheet',
  ],
  layout: ['Layout', 'UpdateLayer', 'HitTest'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'Layerize',
    'Commit',
    'UpdateLayerTree',
    'CompositeLayers',
  ],
});

/**
 * Adds one renderer main thread's steps to `samples` (see `traceBreakdown`).
 * @param {TraceEvent[]} events
 * @param {number} pid
 * @param {number} tid
 * @param {Record<string, Record<string, number[]>>} samples
 */
function threadBreakdown(events, pid, tid, samples) {
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  /** @type {Map<string, string>} */
  const groupOf = new Map();
  for (const [group, names] of Object.entries(TRACE_GROUPS)) {
    for (const name of names) groupOf.set(name, group);
  }
  /** Self time of each event: its duration less its children's. */
  const self = main.map((e) => ({ e, self: e.dur ?? 0 }));
  /** @type {{ e: TraceEvent, self: number }[]} */
  const stack = [];
  for (const item of self) {
    while (stack.length && (stack.at(-1)?.e.ts ?? 0) + (stack.at(-1)?.e.dur ?? 0) <= item.e.ts) {
      stack.pop();
    }
    const parent = stack.at(-1);
    if (parent) parent.self -= item.e.dur ?? 0;
    stack.push(item);
  }
  /** Each measure's begin and end, paired in order (they all share one id). */
  /** @type {{ kind: string, b: number, e: number }[]} */
  const windows = [];
  /** @type {Map<string, number>} */
  const open = new Map();
  const marks = events
    .filter((e) => e.name.startsWith('bench:') && e.pid === pid)
    .sort((a, b) => a.ts - b.ts);
  for (const m of marks) {
    const kind = m.name.slice('bench:'.length);
    if (m.ph === 'b') open.set(kind, m.ts);
    const b = open.get(kind);
    if (m.ph === 'e' && b !== undefined) {
      windows.push({ kind, b, e: m.ts });
      open.delete(kind);
    }
  }
  for (const w of windows) {
    /** @type {Record<string, number>} */
    const totals = {
      compile: 0,
      evaluate: 0,
      script: 0,
      style: 0,
      layout: 0,
      paint: 0,
      other: 0,
    };
    for (const { e, self: own } of self) {
      if (e.ts >= w.e || e.ts + (e.dur ?? 0) <= w.b || own <= 0) continue;
      const overlap = Math.min(e.ts + (e.dur ?? 0), w.e) - Math.max(e.ts, w.b);
      const share = own * (overlap / (e.dur || 1));
      const group =
        groupOf.get(e.name) ??
        (e.cat.includes('v8') && /compile|parse/i.test(e.name) ? 'compile' : 'other');
      totals[group] = (totals[group] ?? 0) + share / 1000;
    }
    const busy = Object.values(totals).reduce((a, b) => a + b, 0);
    totals.waiting = Math.max(0, (w.e - w.b) / 1000 - busy);
    const mine = (samples[w.kind] ??= {});
    for (const [group, ms] of Object.entries(totals)) (mine[group] ??= []).push(ms);
  }
}

/**
 * For each `bench:<kind>` measure in a trace (of one page or several), the
 * renderer main thread's time in compile, evaluate, script, style, layout,
 * paint and other work inside the step, and the rest (waiting for the next
 * frame, or for Playwright), by self time.
 * @param {TraceEvent[]} events
 * @returns {Record<string, Record<string, Summary>>}
 */
export function traceBreakdown(events) {
  // Each traced page has its own renderer: every main thread with steps on it.
  const threads = events.filter(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((m) => m.pid === e.pid && m.name.startsWith('bench:')),
  );
  /** @type {Record<string, Record<string, number[]>>} */
  const samples = {};
  for (const { pid, tid } of threads) threadBreakdown(events, pid, tid, samples);
  /** @type {Record<string, Record<string, Summary>>} */
  const out = {};
  for (const [kind, groups] of Object.entries(samples)) {
    out[kind] = Object.fromEntries(
      Object.entries(groups).map(([group, values]) => [group, summarise(values)]),
    );
  }
  return out;
}
