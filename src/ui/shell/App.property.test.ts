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
 * The app is driven through the DOM directly, by the words in the content
 * modules: Testing Library's role queries cost more than the app itself here.
 */
import { cleanup, fireEvent, render } from '@testing-library/svelte';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { outcomeUi, questions, sessionUi, ui } from '../../content';
import { linkFor, openLink } from '../../flow/link';
import { type GuideEvent, type GuideSnapshot } from '../../flow/machine';
import {
  CONCERN_IDS,
  NO_CONCERNS,
  OPTION_IDS,
  QUESTION_IDS,
  type Answers,
  type QuestionId,
} from '../../flow/questions';
import { oracleFor } from '../../flow/test-oracle';
import {
  answersOnPath,
  choiceOf,
  initialSnapshot,
  navigate,
  next,
  offersFollowUp,
  viewOf,
  type View,
} from '../../flow/view';
import { decodeAnswers } from '../../flow/share-link';
import { SAVED_KEY } from '../../app/saved';
import App from './App.svelte';
import { afterPaint } from '../../platform/after-paint';
import { linkNotice } from '../../app/link-notice';

/** How many random sequences, and how long each may be. */
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const MAX_COMMANDS = Number(process.env.PROPERTY_MAX_COMMANDS ?? 12);
const SEED = Number(process.env.PROPERTY_SEED ?? 20_261_128);

type NoticeKind = 'link' | 'unreadable';

interface Model {
  snapshot: GuideSnapshot;
  /** Notices due on screen, in order; the link notice names what `link` left out. */
  notices: NoticeKind[];
  link: string;
  /** Storage holds garbage until the app next saves. */
  corrupt: boolean;
  /** A saved session the start page offers back (its answers), until the person takes a step. */
  waiting?: { readonly answers: Answers; readonly at: Answers };
  /** What the app last saved (opening on the start page saves nothing). */
  stored?: { readonly answers: Answers; readonly at: Answers };
  /** The history entries this run made (links and which answerless view), and where it is. */
  entries: HistoryEntry[];
  index: number;
}

interface HistoryEntry {
  readonly link: string;
  readonly start: boolean;
  readonly followUp: boolean;
}

const entryOf = (snapshot: GuideSnapshot): HistoryEntry => ({
  link: linkFor(snapshot),
  ...choiceOf(snapshot),
});

type Real = Record<string, never>;
type Cmd = fc.AsyncCommand<Model, Real>;

// ---------------------------------------------------------------------------
// Driving and reading the page

const titles = new Map<string, QuestionId>(QUESTION_IDS.map((q) => [questions[q].title, q]));

function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function byText<E extends Element>(selector: string, words: string): E {
  const found = [...document.querySelectorAll<E>(selector)].filter((e) => text(e) === words);
  if (found.length !== 1)
    throw new Error(`Expected one ${selector} reading “${words}”, found ${found.length}`);
  return found[0]!;
}

/** What the page shows, read from the DOM: exactly one view, or an error. */
function shown(): View {
  const headings = document.querySelectorAll('main h1');
  if (headings.length !== 1) throw new Error(`Expected one h1 in main, found ${headings.length}`);
  if (document.querySelector('[data-error-panel]')) throw new Error('The error panel is shown');
  const outcome = document.querySelectorAll('[data-outcome]');
  if (outcome.length > 0) {
    const template = document.querySelectorAll('[data-template]');
    if (outcome.length !== 1 || template.length !== 1) throw new Error('More than one outcome');
    return {
      kind: 'outcome',
      outcome: outcome[0]!.getAttribute('data-outcome'),
      template: template[0]!.getAttribute('data-template'),
    } as View;
  }
  const title = text(headings[0]!);
  if (title === ui.start.heading) return { kind: 'start' };
  const question = titles.get(title);
  if (!question) throw new Error(`Unknown heading “${title}”`);
  return { kind: 'question', question };
}

function byHeading(words: string): boolean {
  return [...document.querySelectorAll('main h2')].some((h) => text(h) === words);
}

function notices(): string[] {
  return [...document.querySelectorAll('main [role="status"]')]
    .filter((status) => status.querySelector('button'))
    .map((status) => text(status.firstElementChild!));
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Waits for the page to show one view (its code may load first), and to be
 * painted: the history entry and the saved record are written after that.
 */
async function settle() {
  const deadline = Date.now() + 3000;
  do await pause();
  while (document.querySelectorAll('main h1').length !== 1 && Date.now() < deadline);
  await afterPaint();
  await pause();
}

/** Opens the app as a new page load would, at `url` with history state `state`. */
async function open(url: string, state: unknown) {
  cleanup();
  window.history.replaceState(state, '', url);
  render(App);
  await settle();
}

const errors: unknown[] = [];
/** Commands actually run, by kind (fast-check skips those whose `check` fails). */
const executed = new Map<string, number>();
const count = (command: object) => {
  const kind = command.toString().replace(/\(.*$/, '');
  executed.set(kind, (executed.get(kind) ?? 0) + 1);
};
const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

// ---------------------------------------------------------------------------
// What the page must show after every command

function expectedNotices(model: Model): string[] {
  return model.notices.map((kind) => {
    if (kind === 'unreadable') return ui.notices.savedAnswersUnreadable;
    return linkNotice(openLink(model.link).problems);
  });
}

async function checkPage(model: Model) {
  const view = shown();
  expect(view).toEqual(viewOf(model.snapshot));

  // The URL holds this view's answers, and nothing else.
  const search = window.location.search;
  expect(search).toBe(linkFor(model.snapshot));
  expect(window.location.hash).toBe('');
  // Until the guide loads (at idle), the start page has written no entry of its own.
  const entry = window.history.state as { start: boolean; followUp: boolean } | null;
  if (entry === null) expect(view.kind).toBe('start');
  const { start, followUp } = entry ?? { start: true, followUp: false };
  const replayed = openLink(search, initialSnapshot(), { start, followUp });
  expect(replayed.problems).toEqual([]);
  expect(viewOf(replayed.snapshot)).toEqual(view);
  expect(linkFor(replayed.snapshot)).toBe(search);

  // An outcome is the brief's, for the answers in the URL.
  if (view.kind === 'outcome') {
    expect(oracleFor(decodeAnswers(search).answers)).toEqual({
      outcome: view.outcome,
      template: view.template,
    });
  }

  const due = expectedNotices(model);
  for (let tries = 0; tries < 50 && JSON.stringify(notices()) !== JSON.stringify(due); tries++) {
    await pause();
  }
  expect(notices()).toEqual(due);
  // The offer of a saved session (its own chunk: it may still be loading).
  const offered = () => byHeading(sessionUi.resume.heading);
  for (let tries = 0; tries < 50 && offered() !== !!model.waiting; tries++) await pause();
  expect(offered()).toBe(!!model.waiting);
  expect(errors).toEqual([]);
  expect(console.error).not.toHaveBeenCalled();
}

// ---------------------------------------------------------------------------
// Commands

/** Runs a person's action and moves the model with the same machine event. */
abstract class Step implements Cmd {
  abstract check(model: Readonly<Model>): boolean;
  abstract event(model: Readonly<Model>): GuideEvent;
  abstract act(model: Readonly<Model>): void;
  abstract toString(): string;

  async run(model: Model) {
    count(this);
    const event = this.event(model);
    this.act(model);
    await settle();
    model.snapshot = next(model.snapshot, event);
    // Every step changes the view: the app saves a whole record, and pushes an entry.
    model.corrupt = false;
    model.waiting = undefined;
    store(model);
    model.entries = [...model.entries.slice(0, model.index + 1), entryOf(model.snapshot)];
    model.index++;
    if (event.type === 'guide.restarted') model.notices = [];
    await checkPage(model);
  }
}

class Start extends Step {
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind === 'start' && !m.waiting;
  event = (): GuideEvent => ({ type: 'guide.started' });
  act = () => fireEvent.click(byText('button', ui.start.button));
  toString = () => 'start';
}

/** Picks an answer to whatever question is on screen, from `seed`. */
class Answer extends Step {
  constructor(readonly seed: number) {
    super();
  }
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind === 'question';
  answerTo(question: QuestionId): string | string[] {
    if (question !== 'concerns') {
      const options = OPTION_IDS[question];
      return options[this.seed % options.length]!;
    }
    // Each kind of route often: none, only negotiable concerns, one, two, or any mix.
    const bits = this.seed >> 3;
    const one = (n: number) => CONCERN_IDS[n % CONCERN_IDS.length]!;
    switch (this.seed % 5) {
      case 0:
        return [NO_CONCERNS];
      case 1:
        return [['salary'], ['work-setup'], ['salary', 'work-setup']][bits % 3]!;
      case 2:
        return [one(bits)];
      case 3:
        return [...new Set([one(bits), one(bits >> 4)])];
      default: {
        const mix = CONCERN_IDS.filter((_, i) => (bits >> i) & 1);
        return mix.length > 0 ? mix : [one(bits)];
      }
    }
  }
  event = (m: Readonly<Model>): GuideEvent => {
    const view = viewOf(m.snapshot) as { question: QuestionId };
    return {
      type: 'answer.submitted',
      question: view.question,
      answer: this.answerTo(view.question),
    } as GuideEvent;
  };
  act = (m: Readonly<Model>) => {
    const { question, answer } = this.event(m) as {
      question: QuestionId;
      answer: string | string[];
    };
    const labels = questions[question].options as Record<string, { label: string }>;
    const wanted = new Set(typeof answer === 'string' ? [answer] : answer);
    for (const id of OPTION_IDS[question] as readonly string[]) {
      const input = document.getElementById(
        byText<HTMLLabelElement>('main form label', labels[id]!.label).htmlFor,
      ) as HTMLInputElement;
      if (input.checked !== wanted.has(id)) fireEvent.click(input);
    }
    fireEvent.click(byText('main form button', ui.nav.continue));
  };
  toString = () => `answer(${this.seed})`;
}

/** “Heard back?”: from the negotiate outcome to the reply question. */
class OpenReply extends Step {
  check = (m: Readonly<Model>) => offersFollowUp(m.snapshot);
  event = (): GuideEvent => ({ type: 'reply.opened' });
  act = () => fireEvent.click(byText('button', outcomeUi.reply.button));
  toString = () => 'openReply';
}

class Back extends Step {
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind !== 'start';
  event = (): GuideEvent => ({ type: 'nav.back' });
  act = () => fireEvent.click(byText('a', ui.nav.back));
  toString = () => 'back';
}

class Change extends Step {
  constructor(readonly index: number) {
    super();
  }
  question = (m: Readonly<Model>) =>
    m.snapshot.context.path[this.index % Math.max(m.snapshot.context.path.length, 1)];
  check = (m: Readonly<Model>) =>
    viewOf(m.snapshot).kind !== 'start' && this.question(m) !== undefined;
  event = (m: Readonly<Model>): GuideEvent => ({ type: 'nav.change', question: this.question(m)! });
  act = (m: Readonly<Model>) => {
    const label = questions[this.question(m)!].summaryLabel;
    fireEvent.click(byText('a', `${ui.nav.change} ${ui.nav.changeHidden(label)}`));
  };
  toString = () => `change(${this.index})`;
}

class StartAgain extends Step {
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind === 'outcome';
  event = (): GuideEvent => ({ type: 'guide.restarted' });
  act = () => fireEvent.click(byText('button', ui.nav.startAgain));
  toString = () => 'startAgain';
}

/** Continues the saved session the start page offers: its answers, and its view. */
class Resume implements Cmd {
  check = (m: Readonly<Model>) => !!m.waiting;
  async run(model: Model) {
    count(this);
    const { answers, at } = model.waiting!;
    fireEvent.click(byText('button', sessionUi.resume.continue));
    await settle();
    const remembered = navigate(model.snapshot, answers);
    model.snapshot = navigate(remembered.snapshot, at, { start: false }).snapshot;
    model.waiting = undefined;
    model.corrupt = false;
    store(model);
    model.entries = [...model.entries.slice(0, model.index + 1), entryOf(model.snapshot)];
    model.index++;
    await checkPage(model);
  }
  toString = () => 'resume';
}

/** Sets the saved session aside: everything forgotten, and on to the first question. */
class StartAfresh implements Cmd {
  check = (m: Readonly<Model>) => !!m.waiting;
  async run(model: Model) {
    count(this);
    fireEvent.click(byText('button', sessionUi.resume.startAgain));
    await settle();
    model.snapshot = next(initialSnapshot(), { type: 'guide.started' });
    model.waiting = undefined;
    model.corrupt = false;
    store(model);
    model.notices = [];
    model.entries = [...model.entries.slice(0, model.index + 1), entryOf(model.snapshot)];
    model.index++;
    await checkPage(model);
  }
  toString = () => 'startAfresh';
}

/** The app has saved where the model is. */
function store(model: Model) {
  model.stored = { answers: model.snapshot.context.answers, at: answersOnPath(model.snapshot) };
}

/**
 * A page load on the start view with what storage holds: a record that holds
 * any answers waits there, offered back; nothing of it shows meanwhile.
 */
function openOnStart(model: Model) {
  const record = model.waiting ?? model.stored;
  model.snapshot = initialSnapshot();
  model.waiting = record && Object.keys(record.answers).length > 0 ? record : undefined;
}

/** Whether a page load at `search` with history state `state` opens on the start view. */
function opensAtStart(search: string, state: unknown): boolean {
  const entry = state as { start?: boolean } | null;
  return search.length <= 1 && (entry?.start ?? true);
}

/** The browser reloads the page: same URL, same history entry, what storage holds now. */
class Reload implements Cmd {
  check = () => true;
  async run(model: Model) {
    count(this);
    const { search } = window.location;
    const state = window.history.state as unknown;
    await open(window.location.pathname + search, state);
    model.notices = model.corrupt ? ['unreadable'] : [];
    if (opensAtStart(search, state)) {
      if (model.corrupt) {
        model.snapshot = initialSnapshot();
        model.waiting = undefined;
      } else openOnStart(model);
    }
    // Opened anywhere but the start page, the app saves where it is at once.
    model.corrupt &&= viewOf(model.snapshot).kind === 'start';
    if (viewOf(model.snapshot).kind !== 'start') store(model);
    await checkPage(model);
  }
  toString = () => 'reload';
}

/** The person types a new query into the address bar: a new page load, no history state. */
class EditUrl implements Cmd {
  constructor(readonly query: string) {}
  check = () => true;
  async run(model: Model) {
    count(this);
    const url = `/?${this.query}`;
    // The query as the browser holds it (percent-encoded), before the app rewrites it.
    const search = new URL(url, window.location.origin).search;
    await open(url, null);
    if (search.length <= 1 && !model.corrupt) {
      // No link: the start page, offering back what storage holds.
      openOnStart(model);
      model.notices = [];
    } else {
      // A link opens over what storage holds: its answers pre-fill the questions the link leaves.
      const saved = model.waiting;
      const from = model.corrupt
        ? initialSnapshot()
        : saved
          ? navigate(navigate(initialSnapshot(), saved.answers).snapshot, saved.at).snapshot
          : model.snapshot;
      model.waiting = undefined;
      const opened = openLink(search, from);
      model.snapshot = opened.snapshot;
      model.link = search;
      model.notices = [
        ...(model.corrupt ? (['unreadable'] as const) : []),
        ...(opened.problems.length > 0 ? (['link'] as const) : []),
      ];
    }
    model.corrupt &&= viewOf(model.snapshot).kind === 'start';
    if (viewOf(model.snapshot).kind !== 'start') store(model);
    model.entries[model.index] = entryOf(model.snapshot);
    await checkPage(model);
  }
  toString = () => `editUrl(${JSON.stringify(this.query.slice(0, 80))})`;
}

/** The browser's back or forward button, to an entry this run made. */
class Traverse implements Cmd {
  constructor(readonly delta: -1 | 1) {}
  check = (m: Readonly<Model>) => m.entries[m.index + this.delta] !== undefined;
  async run(model: Model) {
    count(this);
    const arrived = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    window.history.go(this.delta);
    await arrived;
    await settle();
    model.index += this.delta;
    const entry = model.entries[model.index]!;
    const opened = openLink(entry.link, model.snapshot, entry);
    model.snapshot = opened.snapshot;
    if (opened.events.length > 0) {
      model.corrupt = false;
      model.waiting = undefined;
      store(model);
    }
    await checkPage(model);
  }
  toString = () => (this.delta < 0 ? 'browserBack' : 'browserForward');
}

const GARBAGE = [
  '{"v":1,"answers":',
  '',
  'null',
  '[]',
  '{"v":2,"answers":{},"at":{},"start":true,"draft":{"fields":{},"reason":null,"format":"email"}}',
  '{"v":1,"state":"salary-question"}',
  '{"v":1,"answers":{"stage":"hired"},"at":{},"start":false,"draft":{"fields":{},"reason":null,"format":"email"}}',
  '{"v":1,"answers":{"stage":"applied","negotiable":"yes"},"at":{"stage":"applied","negotiable":"yes"},"start":false,"draft":{"fields":{},"reason":null,"format":"email"}}',
  '{"v":1,"answers":{"stage":"applied","concerns":["mission"],"reply":"enough"},"at":{"stage":"applied","concerns":["mission"],"reply":"enough"},"start":false,"draft":{"fields":{},"reason":null,"format":"email"}}',
];

/** Something else (another version, a bug, a person) leaves garbage in storage. */
class CorruptStorage implements Cmd {
  constructor(readonly which: number) {}
  check = () => true;
  async run(model: Model) {
    count(this);
    localStorage.setItem(SAVED_KEY, GARBAGE[this.which % GARBAGE.length]!);
    model.corrupt = true;
    model.stored = undefined;
    await checkPage(model);
  }
  toString = () => `corruptStorage(${this.which % GARBAGE.length})`;
}

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
