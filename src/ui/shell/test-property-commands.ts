/**
 * The commands of App.property.test.ts (fast-check): a person's steps (start,
 * answer, open the reply question, Back, Change, start again), continuing or
 * setting aside a saved session the start page offers back, the browser's back
 * and forward buttons, reload, editing the URL and corrupting storage. Each
 * does it to the page, moves the model (test-property-model.ts) to match, and
 * checks the page against it.
 */
import { fireEvent } from '@testing-library/svelte';
import type fc from 'fast-check';
import { outcomeUi, questions, sessionUi, ui } from '../../content';
import { openLink } from '../../flow/link';
import { type GuideEvent } from '../../flow/machine';
import { CONCERN_IDS, NO_CONCERNS, OPTION_IDS, type QuestionId } from '../../flow/questions';
import { initialSnapshot, navigate, next, offersFollowUp, viewOf } from '../../flow/view';
import { SAVED_KEY } from '../../app/saved';
import {
  byText,
  checkPage,
  count,
  entryOf,
  open,
  settle,
  store,
  type Model,
} from './test-property-model';

type Real = Record<string, never>;
type Cmd = fc.AsyncCommand<Model, Real>;

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

export class Start extends Step {
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind === 'start' && !m.waiting;
  event = (): GuideEvent => ({ type: 'guide.started' });
  act = () => fireEvent.click(byText('button', ui.start.button));
  toString = () => 'start';
}

/** Picks an answer to whatever question is on screen, from `seed`. */
export class Answer extends Step {
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
export class OpenReply extends Step {
  check = (m: Readonly<Model>) => offersFollowUp(m.snapshot);
  event = (): GuideEvent => ({ type: 'reply.opened' });
  act = () => fireEvent.click(byText('button', outcomeUi.reply.button));
  toString = () => 'openReply';
}

export class Back extends Step {
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind !== 'start';
  event = (): GuideEvent => ({ type: 'nav.back' });
  act = () => fireEvent.click(byText('a', ui.nav.back));
  toString = () => 'back';
}

export class Change extends Step {
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

export class StartAgain extends Step {
  check = (m: Readonly<Model>) => viewOf(m.snapshot).kind === 'outcome';
  event = (): GuideEvent => ({ type: 'guide.restarted' });
  act = () => fireEvent.click(byText('button', ui.nav.startAgain));
  toString = () => 'startAgain';
}

/** Continues the saved session the start page offers: its answers, and its view. */
export class Resume implements Cmd {
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
export class StartAfresh implements Cmd {
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
export class Reload implements Cmd {
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
export class EditUrl implements Cmd {
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
export class Traverse implements Cmd {
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
export class CorruptStorage implements Cmd {
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
