/**
 * The model behind App.property.test.ts, and the page it is checked against:
 * what the model holds (the machine's snapshot, the notices due, storage, the
 * history entries), driving and reading the app through the DOM directly (by
 * the words in the content modules: Testing Library's role queries cost more
 * than the app itself there), and `checkPage`, what the page must show after
 * every command: exactly one view, the one the machine says, the URL holding
 * that view's answers (a fresh replay of the URL opens the same view and gives
 * the same URL back), an outcome the brief's rules give (test-oracle.ts), the
 * notices due, and nothing thrown.
 */
import { cleanup, render } from '@testing-library/svelte';
import { expect } from 'vitest';
import { questions, sessionUi, ui } from '../../content';
import { linkFor, openLink } from '../../flow/link';
import { type GuideSnapshot } from '../../flow/machine';
import { QUESTION_IDS, type Answers, type QuestionId } from '../../flow/questions';
import { oracleFor } from '../../flow/test-oracle';
import { answersOnPath, choiceOf, initialSnapshot, viewOf, type View } from '../../flow/view';
import { decodeAnswers } from '../../flow/share-link';
import App from './App.svelte';
import { afterPaint } from '../../platform/after-paint';
import { linkNotice } from '../../app/link-notice';

type NoticeKind = 'link' | 'unreadable';

export interface Model {
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

export const entryOf = (snapshot: GuideSnapshot): HistoryEntry => ({
  link: linkFor(snapshot),
  ...choiceOf(snapshot),
});

// ---------------------------------------------------------------------------
// Driving and reading the page

const titles = new Map<string, QuestionId>(QUESTION_IDS.map((q) => [questions[q].title, q]));

function text(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function byText<E extends Element>(selector: string, words: string): E {
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
 * Pauses until `done()`, or for 3 s at most: code loaded on the spot (a
 * notice's, the saved session's offer) takes a number of tasks that depends
 * on how busy the machine is, never a fixed count.
 */
async function until(done: () => boolean) {
  const deadline = Date.now() + 3000;
  while (!done() && Date.now() < deadline) await pause();
}

/**
 * Waits for the page to show one view (its code may load first), and to be
 * painted: the history entry and the saved record are written after that.
 */
export async function settle() {
  const deadline = Date.now() + 3000;
  do await pause();
  while (document.querySelectorAll('main h1').length !== 1 && Date.now() < deadline);
  await afterPaint();
  await pause();
}

/** Opens the app as a new page load would, at `url` with history state `state`. */
export async function open(url: string, state: unknown) {
  cleanup();
  window.history.replaceState(state, '', url);
  render(App);
  await settle();
}

export const errors: unknown[] = [];
/** Commands actually run, by kind (fast-check skips those whose `check` fails). */
export const executed = new Map<string, number>();
export const count = (command: object) => {
  const kind = command.toString().replace(/\(.*$/, '');
  executed.set(kind, (executed.get(kind) ?? 0) + 1);
};
export const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
export const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

// ---------------------------------------------------------------------------
// What the page must show after every command

function expectedNotices(model: Model): string[] {
  return model.notices.map((kind) => {
    if (kind === 'unreadable') return ui.notices.savedAnswersUnreadable;
    return linkNotice(openLink(model.link).problems);
  });
}

export async function checkPage(model: Model) {
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
  await until(() => JSON.stringify(notices()) === JSON.stringify(due));
  expect(notices()).toEqual(due);
  // The offer of a saved session (its own chunk: it may still be loading).
  const offered = () => byHeading(sessionUi.resume.heading);
  await until(() => offered() === !!model.waiting);
  expect(offered()).toBe(!!model.waiting);
  expect(errors).toEqual([]);
  expect(console.error).not.toHaveBeenCalled();
}

/** The app has saved where the model is. */
export function store(model: Model) {
  model.stored = { answers: model.snapshot.context.answers, at: answersOnPath(model.snapshot) };
}
