/**
 * The outcome page in the whole app: the result, then the message, then why
 * and what next; the answers once, with Change; and edits to the message kept
 * through a reload and through a change of answers, with the person asked
 * before anything replaces them.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomes, outcomeUi, questions, ui } from '../../content';
import type { GuideEvent } from '../../flow/machine';
import { QUESTION_IDS } from '../../flow/questions';
import type { OutcomeContent } from '../../content/types';
import { painted } from '../composer/test-composer';
import { act, continueSaved, heading, openApp, shownView } from '../shell/test-app';

const LINK = '/?stage=outreach&concerns=happy-current-job&employer-interest=no';

// Load the views' code once up front, so the first test's page is not waiting on it.
beforeAll(() =>
  Promise.all([import('../question/QuestionView.svelte'), import('./OutcomeView.svelte')]),
);
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const answer = (question: string, value: string | string[]) =>
  ({ type: 'answer.submitted', question, answer: value }) as GuideEvent;

const bodyBox = () => screen.getByRole('textbox', { name: outcomeUi.editing.bodyLabel });
const staleNotice = () => screen.queryByRole('region', { name: outcomeUi.editing.staleTitle });
const shownBody = () => document.querySelector('[data-template] .body')?.textContent ?? '';

async function editBody(user: Awaited<ReturnType<typeof openApp>>['user'], text: string) {
  await user.click(screen.getByRole('button', { name: outcomeUi.editing.edit }));
  fireEvent.input(bodyBox(), { target: { value: text } });
  await user.click(screen.getByRole('button', { name: outcomeUi.editing.done }));
  await painted();
}

describe('the outcome page', () => {
  it('puts the message straight after the result, before why and next steps', async () => {
    await openApp(LINK);
    const order = [
      heading(),
      screen.getByRole('heading', { name: outcomeUi.outcome.messageHeading }),
      document.querySelector('[data-template]')!,
      screen.getByRole('heading', { name: outcomeUi.outcome.whyHeading }),
      screen.getByRole('heading', { name: outcomeUi.outcome.nextStepsHeading }),
    ];
    for (const [i, element] of order.entries()) {
      const next = order[i + 1];
      if (next) {
        expect(element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
          Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }
    }
    expect(heading()).toHaveTextContent(outcomes.decline.headline);
  });

  // One share link per message that has words of its own under the headline.
  it.each([
    [
      'interview',
      'accept-after-talks',
      '/?stage=applied&concerns=work-setup&negotiable=unsure&reply=enough',
    ],
    [
      'decline',
      'decline-after-talks',
      '/?stage=applied&concerns=work-setup&negotiable=unsure&reply=not-enough',
    ],
    [
      'decline',
      'keep-door-open',
      '/?stage=applied&concerns=career-goals,salary&employer-interest=yes',
    ],
    ['decline', 'decline-brief', '/?stage=applied&concerns=not-legitimate'],
  ] as const)(
    '%s with %s shows the summary written for that message',
    async (outcome, template, link) => {
      await openApp(link);
      expect(document.querySelector('[data-template]')?.getAttribute('data-template')).toBe(
        template,
      );
      const content: OutcomeContent = outcomes[outcome];
      const own = content.summaryFor?.[template];
      expect(own).toBeDefined();
      expect(screen.getByText(own!)).toBeInTheDocument();
      expect(screen.queryByText(content.summary)).toBeNull();
    },
  );

  it('shows the answers once, each with one Change link', async () => {
    await openApp(LINK);
    expect(screen.getAllByRole('heading', { name: ui.yourAnswers.heading })).toHaveLength(1);
    const answered = ['stage', 'concerns', 'employer-interest'];
    for (const question of QUESTION_IDS) {
      const label = questions[question].summaryLabel;
      const name = `${ui.nav.change} ${ui.nav.changeHidden(label)}`;
      expect(screen.queryAllByRole('link', { name })).toHaveLength(
        answered.includes(question) ? 1 : 0,
      );
      // The label itself appears once: in the summary (the map is closed).
      expect(screen.queryAllByText(label, { exact: true })).toHaveLength(
        answered.includes(question) ? 1 : 0,
      );
    }
  });
});

describe('edits on the outcome page', () => {
  it('are kept across a reload, from the guide’s own storage', async () => {
    const { user } = await openApp(LINK);
    await editBody(user, 'My own words, <b>kept</b>.');
    cleanup();

    const reopened = await openApp('/');
    await continueSaved(reopened.user);
    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'decline-outreach',
    });
    expect(shownBody()).toBe('My own words, <b>kept</b>.');
    expect(document.querySelector('[data-template] b')).toBeNull();
    expect(staleNotice()).toBeNull();
  });

  it('survive a change of answers, and the person is asked before they are replaced', async () => {
    const { user } = await openApp(LINK);
    await editBody(user, 'My own words.');

    // Yes to this employer after all: another message altogether.
    await act(user, { type: 'nav.change', question: 'employer-interest' });
    await act(user, answer('employer-interest', 'yes'));
    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'keep-door-open',
    });

    expect(shownBody()).toBe('My own words.');
    const notice = staleNotice();
    expect(notice).not.toBeNull();
    await user.click(
      within(notice!).getByRole('button', { name: outcomeUi.editing.useSuggestion }),
    );
    await painted();
    expect(shownBody()).not.toBe('My own words.');
    expect(staleNotice()).toBeNull();
  });
});
