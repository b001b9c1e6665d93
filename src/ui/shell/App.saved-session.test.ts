/**
 * A saved session that waits: opening the bare address with one shows the
 * start page, what it had reached (the outcome's headline, never the names)
 * and a choice: continue it, or start again. A share link still opens where
 * it points. "Clear my answers from this device" (start page and outcome)
 * asks first, removes everything stored, and says so. Records over 30 days
 * old are dropped on opening; the previous version's records still open.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomes, outcomeUi, questions, sessionUi, ui } from '../../content';
import type { MessageDraft } from '../../message/draft';
import { SAVED_KEY, SAVED_MAX_AGE_DAYS, SAVED_MAX_AGE_MS, SAVED_VERSION } from '../../app/saved';
import { act, continueSaved, heading, openApp, savedRecord, settle, shownView } from './test-app';
import { TO_NEGOTIATE } from '../../flow/test-model';

const draft: MessageDraft = {
  fields: { yourName: 'Zoë', theirName: 'Sam' },
  reason: null,
  format: 'email',
  booked: false,
};
const NEGOTIATE = { kind: 'outcome', outcome: 'negotiate', template: 'negotiate' } as const;

const offer = () => screen.findByRole('region', { name: sessionUi.resume.heading });
const noOffer = () =>
  expect(screen.queryByRole('region', { name: sessionUi.resume.heading })).toBeNull();
const stored = () => localStorage.getItem(SAVED_KEY);
const save = (record: unknown) => localStorage.setItem(SAVED_KEY, JSON.stringify(record));

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('a saved session that waits', () => {
  it('shows the start page with the outcome it reached, and none of the names', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    await openApp('/');
    expect(shownView()).toEqual({ kind: 'start' });
    const region = await offer();
    expect(
      within(region).getByText(sessionUi.resume.reached(outcomes.negotiate.headline)),
    ).toBeVisible();
    expect(document.body.textContent).not.toContain('Zoë');
    expect(document.body.textContent).not.toContain('Sam');
    expect(within(region).getByRole('button', { name: sessionUi.resume.continue })).toBeVisible();
    expect(within(region).getByRole('button', { name: sessionUi.resume.startAgain })).toBeVisible();
    expect(screen.queryByRole('button', { name: ui.start.button })).toBeNull();
    expect(screen.getByText(sessionUi.kept(SAVED_MAX_AGE_DAYS))).toBeVisible();
    // Opening it wrote nothing over it.
    await settle();
    expect(JSON.parse(stored()!)).toEqual(
      savedRecord(TO_NEGOTIATE, { draft, savedAt: expect.any(Number) }),
    );
  });

  it('continues where it was left: the view, the answers and the message', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(shownView()).toEqual(NEGOTIATE);
    expect(heading()).toHaveFocus();
    expect(
      screen.getByRole('textbox', { name: new RegExp(outcomeUi.composer.fields.yourName.label) }),
    ).toHaveValue('Zoë');
    expect(window.location.search).toBe(
      '?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable',
    );
  });

  it('waits as the negotiate outcome when it was left on the reply question', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    const first = await openApp('/');
    await continueSaved(first.user);
    await act(first.user, { type: 'reply.opened' });
    expect(shownView()).toEqual({ kind: 'question', question: 'reply' });
    await settle();
    cleanup();
    const { user } = await openApp('/');
    const region = await offer();
    expect(
      within(region).getByText(sessionUi.resume.reached(outcomes.negotiate.headline)),
    ).toBeVisible();
    await continueSaved(user);
    expect(shownView()).toEqual(NEGOTIATE);
    await waitFor(() => expect(screen.queryByText(ui.notices.savedAnswersUnreadable)).toBeNull());
  });

  it('waits as the decline outcome when it was left on the pushback question', async () => {
    const declined = { stage: 'applied', concerns: ['career-goals'], 'employer-interest': 'no' };
    save(savedRecord(declined as never, { draft }));
    const first = await openApp('/');
    await continueSaved(first.user);
    await act(first.user, { type: 'reply.opened' });
    expect(shownView()).toEqual({ kind: 'question', question: 'pushback' });
    await settle();
    cleanup();
    const { user } = await openApp('/');
    const region = await offer();
    expect(
      within(region).getByText(sessionUi.resume.reached(outcomes.decline.headline)),
    ).toBeVisible();
    await continueSaved(user);
    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'decline-first-interview',
    });
  });

  it('says when it had not reached an answer, and continues at its question', async () => {
    save(savedRecord({ stage: 'applied' }));
    const { user } = await openApp('/');
    expect(within(await offer()).getByText(sessionUi.resume.inProgress)).toBeVisible();
    await continueSaved(user);
    expect(shownView()).toEqual({ kind: 'question', question: 'concerns' });
  });

  it('starts again from the first question with nothing of it kept', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    const { user } = await openApp('/');
    await user.click(
      within(await offer()).getByRole('button', { name: sessionUi.resume.startAgain }),
    );
    await settle();
    expect(shownView()).toEqual({ kind: 'question', question: 'stage' });
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    await waitFor(() =>
      expect(JSON.parse(stored()!)).toMatchObject({ answers: {}, draft: { fields: {} } }),
    );
  });

  it('lets a share link open where it points, over the saved session', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    await openApp('/?stage=outreach&concerns=none');
    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'interview',
      template: 'accept-interview',
    });
    noOffer();
  });

  it('opens a record the previous version wrote, and writes it again in this version', async () => {
    const { outcome: _o, savedAt: _s, ...fields } = savedRecord(TO_NEGOTIATE, { draft });
    const previous = { ...fields, v: 1 };
    save(previous);
    const { user } = await openApp('/');
    expect(
      within(await offer()).getByText(sessionUi.resume.reached(outcomes.negotiate.headline)),
    ).toBeVisible();
    expect(JSON.parse(stored()!)).toMatchObject({
      v: SAVED_VERSION,
      outcome: 'negotiate',
      savedAt: expect.any(Number),
      at: TO_NEGOTIATE,
    });
    await continueSaved(user);
    expect(shownView()).toEqual(NEGOTIATE);
  });

  it('drops a record over 30 days old on opening, and says so', async () => {
    save(savedRecord(TO_NEGOTIATE, { savedAt: Date.now() - SAVED_MAX_AGE_MS - 1000 }));
    await openApp('/');
    expect(screen.getByText(sessionUi.notices.expired(SAVED_MAX_AGE_DAYS))).toBeVisible();
    noOffer();
    expect(stored()).toBeNull();
  });
});

describe('clearing my answers from this device', () => {
  it('on the start page: asks first, keeps everything on No', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    const { user } = await openApp('/');
    await user.click(within(await offer()).getByRole('button', { name: sessionUi.clear.button }));
    const ask = screen.getByRole('group', { name: sessionUi.clear.confirm });
    expect(screen.getByText(sessionUi.clear.confirm)).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: sessionUi.clear.cancel }));
    expect(screen.getByRole('button', { name: sessionUi.clear.button })).toHaveFocus();
    expect(stored()).not.toBeNull();
  });

  it('on the start page: Yes removes it all, and says so', async () => {
    save(savedRecord(TO_NEGOTIATE, { draft }));
    const { user } = await openApp('/');
    await user.click(within(await offer()).getByRole('button', { name: sessionUi.clear.button }));
    await user.click(screen.getByRole('button', { name: sessionUi.clear.yes }));
    expect(await screen.findByText(sessionUi.notices.cleared)).toBeVisible();
    noOffer();
    expect(screen.getByRole('button', { name: ui.start.button })).toBeVisible();
    await settle();
    expect(stored()).toBeNull();
    cleanup();
    await openApp('/');
    noOffer();
  });

  it('on the outcome: Yes removes it all, shows the start page, and says so', async () => {
    const { user } = await openApp(
      '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=reasonable',
    );
    await user.type(
      screen.getByRole('textbox', { name: new RegExp(outcomeUi.composer.fields.yourName.label) }),
      'Ana',
    );
    await waitFor(() => expect(stored()).toContain('Ana'));
    await user.click(screen.getByRole('button', { name: sessionUi.clear.button }));
    await user.click(screen.getByRole('button', { name: sessionUi.clear.yes }));
    await settle();
    expect(shownView()).toEqual({ kind: 'start' });
    expect(heading()).toHaveFocus();
    expect(screen.getByText(sessionUi.notices.cleared)).toBeVisible();
    expect(window.location.search).toBe('');
    // Nothing is written again until the person takes a step.
    await settle();
    expect(stored()).toBeNull();
    await user.click(screen.getByRole('button', { name: ui.start.button }));
    await settle();
    expect(shownView()).toEqual({ kind: 'question', question: 'stage' });
    expect(screen.getByRole('group', { name: questions.stage.title })).toBeVisible();
    await waitFor(() => expect(stored()).not.toBeNull());
    expect(stored()).not.toContain('Ana');
  });
});
