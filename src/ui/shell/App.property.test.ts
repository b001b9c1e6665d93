/**
 * Model-based property tests of the whole app in jsdom (fast-check commands):
 * random sequences of answer, back, change, start again, the browser's back
 * and forward buttons, reload, editing the URL and corrupting storage, and
 * continuing or setting aside a saved session the start page offers back. After every command exactly one view is shown,
 * it is the one the machine says, the URL holds that view's answers (a fresh
 * replay of the URL opens the same view and gives the same URL back), an
 * outcome is the one the brief's rules give (test-oracle.ts), the notices are
 * the ones due, and nothing throws.
 *
 * The model and the page checks are in test-property-model.ts, the commands
 * in test-property-commands.ts; here are the arbitraries that pick where a run
 * begins and which commands it runs, and the property itself.
 */
import { cleanup } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { linkFor, openLink } from '../../flow/link';
import { type GuideEvent } from '../../flow/machine';
import { OPTION_IDS, QUESTION_IDS } from '../../flow/questions';
import { initialSnapshot, next, viewOf } from '../../flow/view';
import {
  checkPage,
  entryOf,
  errors,
  executed,
  onError,
  onRejection,
  open,
  store,
  type Model,
} from './test-property-model';
import {
  Answer,
  Back,
  Change,
  CorruptStorage,
  EditUrl,
  OpenReply,
  Reload,
  Resume,
  Start,
  StartAfresh,
  StartAgain,
  Traverse,
} from './test-property-commands';

/** How many random sequences, and how long each may be. */
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const MAX_COMMANDS = Number(process.env.PROPERTY_MAX_COMMANDS ?? 12);
const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_128);

// ---------------------------------------------------------------------------
// Arbitraries

const idPiece = fc.constantFrom(
  ...QUESTION_IDS,
  ...new Set(Object.values(OPTION_IDS).flat()),
  'colour',
  '__proto__',
  '%E0%A4%A',
  '%ED%A0%80',
  '',
  ',',
  'none,salary',
);
const pair = fc.oneof(
  fc.tuple(idPiece, idPiece).map(([k, v]) => `${k}=${v}`),
  fc
    .tuple(fc.constantFrom(...QUESTION_IDS), fc.array(idPiece, { maxLength: 3 }))
    .map(([k, vs]) => `${k}=${vs.join(',')}`),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const query = fc
  .oneof(
    { weight: 4, arbitrary: fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.join('&')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constant('') },
  )
  // A fragment is a different bad input, with its own cases in bad-inputs.test.ts.
  .map((q) => q.replace(/#/g, '%23'));

/**
 * Where a run begins: the start view, a share link to wherever some answers
 * lead, or one to the negotiate outcome (rarely met at random) or past it.
 */
const beginning = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 3,
    arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).map((seeds) => linkAfter(seeds)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '?stage=applied&concerns=work-setup&negotiable=yes',
      '?stage=outreach&concerns=salary,work-setup&negotiable=unsure&salary-gap=reasonable',
      '?stage=interviewing&concerns=salary&negotiable=yes&salary-gap=unsure&reply=enough',
      '?stage=applied&concerns=work-setup&negotiable=unsure&reply=not-enough',
    ),
  },
);

function linkAfter(seeds: readonly number[]): string {
  let snapshot = next(initialSnapshot(), { type: 'guide.started' });
  for (const seed of seeds) {
    const view = viewOf(snapshot);
    if (view.kind !== 'question') break;
    const answer = new Answer(seed).answerTo(view.question);
    snapshot = next(snapshot, {
      type: 'answer.submitted',
      question: view.question,
      answer,
    } as GuideEvent);
  }
  return linkFor(snapshot);
}

/** A person's steps come more often than reloads, edited URLs and broken storage. */
const commandArbitraries = [
  ...Array.from({ length: 4 }, () => fc.nat().map((seed) => new Answer(seed))),
  ...Array.from({ length: 2 }, () => fc.constant(new Start())),
  ...Array.from({ length: 2 }, () => fc.constant(new Back())),
  ...Array.from({ length: 2 }, () => fc.nat(4).map((index) => new Change(index))),
  ...Array.from({ length: 2 }, () => fc.constant(new StartAgain())),
  ...Array.from({ length: 2 }, () => fc.constant(new OpenReply())),
  fc.constant(new Traverse(-1)),
  fc.constant(new Traverse(1)),
  fc.constant(new Reload()),
  fc.constant(new Resume()),
  fc.constant(new StartAfresh()),
  query.map((q) => new EditUrl(q)),
  fc.nat().map((which) => new CorruptStorage(which)),
];

// ---------------------------------------------------------------------------

beforeAll(async () => {
  await Promise.all([
    import('../question/QuestionView.svelte'),
    import('../outcome/OutcomeView.svelte'),
  ]);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterAll(() => {
  cleanup();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('the app, driven by random sequences of commands', () => {
  it(`keeps one view, its URL and the brief's outcome after every command (${NUM_RUNS} runs)`, async () => {
    const started = performance.now();
    let runs = 0;
    executed.clear();
    const spy = vi.spyOn(console, 'error');
    await fc.assert(
      fc.asyncProperty(
        beginning,
        fc.commands(commandArbitraries, { maxCommands: MAX_COMMANDS, size: 'max' }),
        async (link, cmds) => {
          runs++;
          localStorage.clear();
          errors.length = 0;
          spy.mockClear();
          await open(`/${link}`, null);
          const snapshot = openLink(link).snapshot;
          const model: Model = {
            snapshot,
            notices: [],
            link,
            corrupt: false,
            entries: [entryOf(snapshot)],
            index: 0,
          };
          if (viewOf(snapshot).kind !== 'start') store(model);
          await checkPage(model);
          await fc.asyncModelRun(() => ({ model, real: {} }), cmds);
        },
      ),
      { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true },
    );
    spy.mockRestore();
    const seconds = (performance.now() - started) / 1000;
    const total = [...executed.values()].reduce((a, b) => a + b, 0);
    const kinds = [...executed].map(([kind, n]) => `${kind} ${n}`).join(', ');
    console.log(
      `property: ${runs} runs (seed ${SEED}), ${total} commands run (${kinds}), in ${seconds.toFixed(1)} s`,
    );
    expect(runs).toBeGreaterThanOrEqual(NUM_RUNS);
  }, 600_000);
});
