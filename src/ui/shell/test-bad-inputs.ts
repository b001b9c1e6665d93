/**
 * What the bad-input catalogue's files share: the views they expect, the
 * notices' words, typing and sending helpers, and a check that the page
 * reported no error in any case.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { outcomeUi, questions, ui } from '../../content';
import { linkNotices } from '../../content/link-notices';
import type { GuideEvent } from '../../flow/machine';
import type { QuestionId } from '../../flow/questions';
import type { View } from '../../flow/view';
import { SAVED_KEY, parseSaved, type ReadRecord } from '../../app/saved';
import { field, painted } from '../composer/test-composer';

export type User = ReturnType<typeof userEvent.setup>;

export const START: View = { kind: 'start' };
export const question = (id: QuestionId): View => ({ kind: 'question', question: id });
export const NEGOTIATE: View = { kind: 'outcome', outcome: 'negotiate', template: 'negotiate' };
export const INTERVIEW: View = {
  kind: 'outcome',
  outcome: 'interview',
  template: 'accept-interview',
};
export const DECLINE_APPLIED: View = {
  kind: 'outcome',
  outcome: 'decline',
  template: 'decline-first-interview',
};
export const DECLINE_OUTREACH: View = {
  kind: 'outcome',
  outcome: 'decline',
  template: 'decline-outreach',
};
export const DECLINE_AFTER_TALKS: View = {
  kind: 'outcome',
  outcome: 'decline',
  template: 'decline-after-talks',
};

export const answer = (q: QuestionId, value: string | string[]) =>
  ({ type: 'answer.submitted', question: q, answer: value }) as GuideEvent;

/** The link notice's words for these questions and this many other parts. */
export function linkText(named: readonly QuestionId[], others: number): string {
  return linkNotices.ignored(
    named.map((id) => questions[id].summaryLabel),
    others,
  );
}

/** The words of every notice on the page (not the composer's own status line). */
export function noticeTexts(): string[] {
  return screen
    .queryAllByRole('status')
    .filter((status) => status.querySelector('button'))
    .map((status) => status.firstElementChild?.textContent?.trim() ?? '');
}

export async function expectNotices(expected: readonly string[]) {
  await waitFor(() => expect(noticeTexts()).toEqual(expected));
}

/**
 * What storage holds once the page is left: the guide writes the message
 * when the person pauses typing, and whatever waits as the page goes away.
 */
export function savedRecord(): ReadRecord | undefined {
  window.dispatchEvent(new Event('pagehide'));
  const text = localStorage.getItem(SAVED_KEY);
  return text === null ? undefined : parseSaved(JSON.parse(text));
}

/** Puts text in a field as a paste would: every character as it is, none read as a key name. */
export async function typeInto(
  user: User,
  id: keyof typeof outcomeUi.composer.fields,
  text: string,
) {
  const input = field(id);
  await user.clear(input);
  fireEvent.input(input, { target: { value: text } });
  await painted();
}

export function continueButton(): HTMLElement {
  return screen.getByRole('button', { name: ui.nav.continue });
}

/** Presses an action, which warns about the empty blanks, then goes ahead anyway. */
export async function sendAnyway(user: User, action: string, anyway: string) {
  await user.click(screen.getByRole('button', { name: action }));
  expect(screen.getByRole('alert')).toHaveTextContent(outcomeUi.sending.warningTitle);
  await user.click(screen.getByRole('button', { name: anyway }));
}

/** The second click of a double click, as a browser reports it: `detail` counts the clicks. */
export function secondClick(element: Element) {
  fireEvent.click(element, { detail: 2 });
}

/**
 * Every case also fails on any error the page reports: an error or rejection
 * no one caught, a console error, or the error panel. Call once per file.
 */
export function failOnPageErrors(): void {
  // Load the views' code once up front, so the first test's page is not waiting on it.
  beforeAll(() =>
    Promise.all([
      import('../question/QuestionView.svelte'),
      import('../outcome/OutcomeView.svelte'),
    ]),
  );

  const pageErrors: unknown[] = [];
  const onError = (event: ErrorEvent) => pageErrors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(event.reason);

  beforeEach(() => {
    localStorage.clear();
    pageErrors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    vi.spyOn(console, 'error');
  });

  afterEach(() => {
    cleanup();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(pageErrors, 'errors the page reported').toEqual([]);
    expect(console.error, 'console.error calls').not.toHaveBeenCalled();
    expect(document.querySelector('[data-error-panel]'), 'the error panel').toBeNull();
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'clipboard');
  });
}
