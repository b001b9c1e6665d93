/**
 * The warm journey: the same steps over and over in one page, by mouse and
 * by keyboard, each timed (`measureStep`). `coldSteps` is one round of it, at
 * a person's pace, for the cold journeys.
 */
import { runnerImport } from 'vite';
import { clickOn, pressEnterOn, throttledPage } from './browser.mjs';
import { ROUNDS, THINK_MS } from './config.mjs';
import { summarise } from './stats.mjs';
import { measureStep } from './step.mjs';
import { startTrace, stopTrace } from './trace.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('./trace.mjs').TraceEvent} TraceEvent */
/** @typedef {Awaited<ReturnType<typeof loadContent>>} Content */
/** @typedef {import('./stats.mjs').Summary} Summary */

/**
 * One step of a journey: `kind` groups steps for the summary ("start",
 * "continue", "outcome", "restart"); `act` performs one user input. An
 * untimed step (ticking an option: it changes no attribute, so there is no
 * DOM change to time) is performed but not measured.
 * @typedef {{ kind: string, act: (page: Page) => Promise<void>, untimed?: boolean }} Step
 */

/**
 * A timed step. `ms`: from the activating input event (the click, or the key
 * press) to the next paint after the DOM changed (what a user waits).
 * `domMs`: from the same input to the last DOM change before that paint (the
 * script's share; the rest is style, layout, paint and waiting for the frame).
 * `fromArmMs`: from just before Playwright started the action (adds
 * Playwright's own round trips).
 * @typedef {{ kind: string, ms: number, domMs: number, fromArmMs: number }} StepTiming
 */

/** What each kind of timed step is, for the table. @type {Record<string, string>} */
export const STEP_LABELS = {
  start: 'Start -> first question painted',
  continue: 'Continue -> next question painted',
  outcome: 'last Continue -> outcome painted',
  restart: 'Start again -> start painted',
  'continue-key': 'Continue by Enter -> next question painted',
  'outcome-key': 'last Continue by Enter -> outcome painted',
};

/**
 * The words on screen, from the content modules (TypeScript, loaded through
 * Vite), so the journeys find buttons and options by their accessible names.
 * @returns {Promise<typeof import('../../src/content/index.ts')>}
 */
export async function loadContent() {
  const { module } = await runnerImport('./src/content/index.ts');
  return /** @type {any} */ (module);
}

/**
 * The journey to time, from the freshly loaded start view: `ROUNDS` rounds of
 * Start, four questions (where you are, what puts you off: the pay, would a
 * change make you want it, how far off is the pay) and the outcome, then
 * Start again. That is 30 Continues to a question and 10 to an outcome. The
 * first answer changes each round, so no two rounds are quite alike. With
 * `keyboard`, each button is pressed with Enter instead of clicked, and each
 * kind of step is named with `-key`.
 * @param {Content} content
 * @param {{ keyboard?: boolean }} [options]
 * @returns {Step[]}
 */
function journeySteps({ questions, ui }, { keyboard = false } = {}) {
  /** @param {string} name @returns {Step['act']} */
  const press = (name) => (page) => (keyboard ? pressEnterOn(page, name) : clickOn(page, name));
  /**
   * Ticks an option of a question (idempotent: `check`, never a toggle).
   * @param {keyof typeof questions} question
   * @param {string} option
   * @returns {Step}
   */
  const choose = (question, option) => ({
    kind: 'option',
    untimed: true,
    act: (page) =>
      page
        .getByRole('group', { name: questions[question].title })
        .getByLabel(/** @type {any} */ (questions[question].options)[option].label, {
          exact: true,
        })
        .check(),
  });
  const stages = ['outreach', 'applied', 'interviewing'];
  /** @type {Step[]} */
  const steps = [];
  const key = keyboard ? '-key' : '';
  for (let round = 0; round < ROUNDS; round++) {
    steps.push(
      { kind: `start${key}`, act: press(ui.start.button) },
      choose('stage', stages[round % stages.length] ?? 'applied'),
      { kind: `continue${key}`, act: press(ui.nav.continue) },
      choose('concerns', 'salary'),
      { kind: `continue${key}`, act: press(ui.nav.continue) },
      choose('negotiable', 'yes'),
      { kind: `continue${key}`, act: press(ui.nav.continue) },
      choose('salary-gap', 'reasonable'),
      { kind: `outcome${key}`, act: press(ui.nav.continue) },
      { kind: `restart${key}`, act: press(ui.nav.startAgain) },
    );
  }
  return steps;
}

/**
 * One journey as a person takes it, each step once: Start, four questions (a
 * pause to read each, then an answer and Continue), the outcome, then Start
 * again (which clears what was saved, so the next visit opens on a plain
 * start page).
 * @param {Content} content
 * @returns {Step[]}
 */
export function coldSteps(content) {
  const round = journeySteps(content).slice(0, 10);
  /** @type {Step} */
  const think = { kind: 'pause', untimed: true, act: (page) => page.waitForTimeout(THINK_MS) };
  return round.flatMap((step) =>
    step.kind === 'option' || step.kind === 'restart' ? [think, step] : [step],
  );
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
    if (step.untimed) {
      await step.act(page);
      continue;
    }
    const { ms, domMs, fromArmMs } = await measureStep(page, step.act, step.kind);
    timings.push({ kind: step.kind, ms, domMs, fromArmMs });
  }
  return timings;
}

/**
 * Times the journey from a fresh load, `runs` times. With `traceInto`, the
 * first run is recorded as a Chrome trace, into that array.
 * @param {Browser} browser
 * @param {string} url
 * @param {number} runs
 * @param {Content} content
 * @param {{ keyboard?: boolean, traceInto?: TraceEvent[] }} [options]
 * @returns {Promise<StepTiming[]>}
 */
export async function measureJourney(browser, url, runs, content, options = {}) {
  /** @type {StepTiming[]} */
  const timings = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, cdp } = await throttledPage(browser);
    try {
      await page.goto(url, { waitUntil: 'load' });
      const tracing = options.traceInto && i === 0;
      if (tracing) await startTrace(cdp, options.traceInto ?? []);
      const steps = journeySteps(content, { keyboard: options.keyboard ?? false });
      timings.push(...(await runSteps(page, steps)));
      if (tracing) await stopTrace(cdp);
    } finally {
      await context.close();
    }
  }
  return timings;
}

/**
 * The warm steps, by kind: median and worst, to the paint and to the last DOM change.
 * @param {StepTiming[]} timings
 */
export function summariseSteps(timings) {
  /** @type {Record<string, Summary>} */
  const steps = {};
  /** @type {Record<string, Summary>} */
  const stepsDom = {};
  for (const kind of Object.keys(STEP_LABELS)) {
    const mine = timings.filter((t) => t.kind === kind);
    if (mine.length === 0) continue;
    steps[kind] = summarise(mine.map((t) => t.ms));
    stepsDom[kind] = summarise(mine.map((t) => t.domMs));
  }
  return { steps, stepsDom };
}
