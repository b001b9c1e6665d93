import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomes, outcomeUi, questions, sessionUi, ui } from '../../content';
import { linkNotices } from '../../content/link-notices';
import { SAVED_KEY } from '../../app/saved';
import App from './App.svelte';
import { act, heading, openApp, settle, shownView } from './test-app';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const answer = (question: string, value: string | string[]) =>
  ({ type: 'answer.submitted', question, answer: value }) as const;

async function walkToNegotiable() {
  const app = await openApp('/');
  await act(app.user, { type: 'guide.started' });
  await act(app.user, answer('stage', 'applied') as never);
  await act(app.user, answer('concerns', ['salary']) as never);
  return app;
}

describe('question pages', () => {
  it('shows a focused error summary, an inline error and an Error: title when nothing is chosen', async () => {
    const { user } = await openApp('/');
    await act(user, { type: 'guide.started' });

    await user.click(screen.getByRole('button', { name: ui.nav.continue }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: ui.errors.summaryTitle })).toBeVisible();
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: questions.stage.errorMessage });
    expect(document.title.startsWith(ui.errors.titlePrefix)).toBe(true);
    expect(screen.getByRole('group', { name: questions.stage.title })).toHaveAccessibleDescription(
      expect.stringContaining(questions.stage.errorMessage),
    );

    await user.click(link);
    expect(screen.getByLabelText(questions.stage.options.outreach.label)).toHaveFocus();
  });

  it('has no answer chosen at first', async () => {
    const { user } = await openApp('/');
    await act(user, { type: 'guide.started' });
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('keeps None of these exclusive', async () => {
    const { user } = await openApp('/?stage=applied');
    const none = screen.getByLabelText(questions.concerns.options.none.label);
    const salary = screen.getByLabelText(questions.concerns.options.salary.label);
    const culture = screen.getByLabelText(questions.concerns.options.culture.label);

    await user.click(salary);
    await user.click(culture);
    await user.click(none);
    expect(none).toBeChecked();
    expect(salary).not.toBeChecked();
    expect(culture).not.toBeChecked();

    await user.click(salary);
    expect(none).not.toBeChecked();
    expect(salary).toBeChecked();
  });

  it('shows honest progress and the answers so far with Change links', async () => {
    await walkToNegotiable();
    expect(screen.getByText(ui.progress(3, 5, false))).toBeVisible();
    const answers = screen.getByRole('region', { name: ui.yourAnswers.heading });
    expect(within(answers).getAllByRole('link', { name: new RegExp(ui.nav.change) })).toHaveLength(
      2,
    );
  });

  it('keeps one page from question to question: a new heading, focused, and nothing carried over', async () => {
    const { user } = await openApp('/?stage=applied');
    const form = screen.getByRole('group', { name: questions.concerns.title }).closest('form');
    await user.click(screen.getByRole('button', { name: ui.nav.continue }));
    expect(screen.getByRole('alert')).toBeVisible();
    const before = heading();

    await act(user, { type: 'answer.submitted', question: 'concerns', answer: ['salary'] });
    const group = screen.getByRole('group', { name: questions.negotiable.title });
    // The page is updated in place, not rebuilt; the heading alone is new, so moving
    // the focus to it is announced.
    expect(group.closest('form')).toBe(form);
    expect(heading()).not.toBe(before);
    expect(heading()).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).not.toContain(ui.errors.titlePrefix);
    for (const radio of within(group).getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('goes Back to the question actually asked before, with its answer kept', async () => {
    const { user } = await openApp('/?stage=applied&concerns=career-goals');
    expect(shownView()).toEqual({ kind: 'question', question: 'employer-interest' });

    await act(user, { type: 'nav.back' });

    expect(shownView()).toEqual({ kind: 'question', question: 'concerns' });
    expect(screen.getByLabelText(questions.concerns.options['career-goals'].label)).toBeChecked();
    expect(heading()).toHaveFocus();
  });
});

describe('changing an answer', () => {
  const full =
    '/?stage=applied&concerns=salary&negotiable=yes&salary-gap=far&employer-interest=yes';

  it('keeps later answers that are still asked, pre-filled', async () => {
    const { user } = await openApp(full);
    await act(user, { type: 'nav.change', question: 'concerns' });
    expect(shownView()).toEqual({ kind: 'question', question: 'concerns' });

    await act(user, answer('concerns', ['salary', 'work-setup']) as never);

    expect(shownView()).toEqual({ kind: 'question', question: 'negotiable' });
    expect(screen.getByLabelText(questions.negotiable.options.yes.label)).toBeChecked();
    await act(user, answer('negotiable', 'yes') as never);
    expect(screen.getByLabelText(questions['salary-gap'].options.far.label)).toBeChecked();
  });

  it('drops later answers that are no longer asked', async () => {
    const { user } = await openApp(full);
    await act(user, { type: 'nav.change', question: 'concerns' });
    await act(user, answer('concerns', ['mission']) as never);

    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'decline-first-interview',
    });
    expect(window.location.search).toBe('?stage=applied&concerns=mission');
    const answers = screen.getByRole('region', { name: ui.yourAnswers.heading });
    expect(within(answers).queryByText(questions.negotiable.summaryLabel)).toBeNull();
  });
});

describe('the URL follows the guide', () => {
  it('gives each step its own history entry; back and forward move between them', async () => {
    const { user } = await openApp('/');
    await act(user, { type: 'guide.started' });
    await act(user, answer('stage', 'outreach') as never);
    await act(user, answer('concerns', ['none']) as never);
    expect(window.location.search).toBe('?stage=outreach&concerns=none');

    window.history.back();
    await waitFor(() => expect(shownView()).toEqual({ kind: 'question', question: 'concerns' }));
    expect(screen.getByLabelText(questions.concerns.options.none.label)).toBeChecked();
    await waitFor(() => expect(heading()).toHaveFocus());

    window.history.back();
    await waitFor(() => expect(shownView()).toEqual({ kind: 'question', question: 'stage' }));
    window.history.back();
    await waitFor(() => expect(shownView()).toEqual({ kind: 'start' }));

    window.history.forward();
    await waitFor(() => expect(shownView()).toEqual({ kind: 'question', question: 'stage' }));
    window.history.go(2);
    await waitFor(() =>
      expect(shownView()).toEqual({
        kind: 'outcome',
        outcome: 'interview',
        template: 'accept-interview',
      }),
    );
  });

  it('opens a share link on the node its answers lead to', async () => {
    await openApp(
      '/?stage=applied&concerns=salary,work-setup&negotiable=yes&salary-gap=reasonable',
    );
    expect(shownView()).toEqual({ kind: 'outcome', outcome: 'negotiate', template: 'negotiate' });
    expect(heading()).toHaveTextContent(outcomes.negotiate.headline);
    expect(document.querySelector('.notice')).toBeNull();
  });

  it('explains a dropped part of a link and shows the furthest valid view', async () => {
    await openApp('/?stage=applied&concerns=none,salary&colour=blue');
    expect(shownView()).toEqual({ kind: 'question', question: 'concerns' });
    expect(
      await screen.findByText(linkNotices.ignored([questions.concerns.summaryLabel], 1)),
    ).toBeVisible();
    expect(window.location.search).toBe('?stage=applied');
  });

  it('never puts names in the URL', async () => {
    const { user } = await openApp('/?stage=applied&concerns=none');
    await user.type(
      screen.getByRole('textbox', { name: new RegExp(outcomeUi.composer.fields.yourName.label) }),
      'Ana Sousa',
    );
    expect(window.location.href).not.toContain('Ana');
  });
});

describe('the reply question', () => {
  const TALKS = '?stage=applied&concerns=work-setup&negotiable=yes';
  const NEGOTIATE = { kind: 'outcome', outcome: 'negotiate', template: 'negotiate' };
  const REPLY = { kind: 'question', question: 'reply' };
  const heardBack = () => screen.queryByRole('button', { name: outcomeUi.reply.button });

  it('is offered by the negotiate outcome only', async () => {
    await openApp('/?stage=applied&concerns=none');
    expect(heardBack()).toBeNull();
    cleanup();
    await openApp(`/${TALKS}`);
    expect(screen.getByRole('heading', { name: outcomeUi.reply.heading })).toBeVisible();
    expect(heardBack()).toBeVisible();
  });

  it('leads to each message, and Back walks back through the reply to the outcome', async () => {
    const { user } = await openApp(`/${TALKS}`);
    await act(user, { type: 'reply.opened' });
    expect(shownView()).toEqual(REPLY);
    expect(heading()).toHaveFocus();
    expect(heading()).toHaveTextContent(questions.reply.title);
    // A follow-up, not one of the questions counted on the way to the outcome.
    expect(document.querySelector('main .caption')).toBeNull();
    expect(window.location.search).toBe(TALKS);
    expect(screen.getByRole('link', { name: ui.nav.back })).toHaveAttribute('href', `/${TALKS}`);

    await act(user, answer('reply', 'enough') as never);
    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'interview',
      template: 'accept-after-talks',
    });
    expect(window.location.search).toBe(`${TALKS}&reply=enough`);
    expect(heardBack()).toBeNull();

    await act(user, { type: 'nav.back' });
    expect(shownView()).toEqual(REPLY);
    expect(screen.getByLabelText(questions.reply.options.enough.label)).toBeChecked();
    await act(user, { type: 'nav.back' });
    expect(shownView()).toEqual(NEGOTIATE);
  });

  it('is left by the browser’s back button for the outcome, and kept on reload', async () => {
    const { user } = await openApp(`/${TALKS}`);
    await act(user, { type: 'reply.opened' });

    window.history.back();
    await waitFor(() => expect(shownView()).toEqual(NEGOTIATE));
    window.history.forward();
    await waitFor(() => expect(shownView()).toEqual(REPLY));

    const state = window.history.state;
    cleanup();
    window.history.replaceState(state, '', `/${TALKS}`);
    render(App);
    await settle();
    expect(shownView()).toEqual(REPLY);
  });

  it('can be changed from its message', async () => {
    const { user } = await openApp(`/${TALKS}&reply=not-enough`);
    await act(user, { type: 'nav.change', question: 'reply' });
    expect(shownView()).toEqual(REPLY);
    await act(user, answer('reply', 'enough') as never);
    expect(shownView()).toMatchObject({ template: 'accept-after-talks' });
  });
});

describe('reload and resume', () => {
  it('keeps the place and the answers on reload', async () => {
    await walkToNegotiable();
    const url = window.location.pathname + window.location.search;
    const state = window.history.state;
    cleanup();

    window.history.replaceState(state, '', url);
    const { user } = await openApp(url);
    expect(shownView()).toEqual({ kind: 'question', question: 'negotiable' });
    await act(user, { type: 'nav.back' });
    expect(screen.getByLabelText(questions.concerns.options.salary.label)).toBeChecked();
  });

  it('offers it back in a new tab, then comes back where it was, with the message typed so far', async () => {
    const { user } = await openApp(
      '/?stage=outreach&concerns=happy-current-job&employer-interest=no',
    );
    const yourName = screen.getByRole('textbox', {
      name: new RegExp(outcomeUi.composer.fields.yourName.label),
    });
    await user.type(yourName, 'Ana');
    cleanup();

    await openApp('/');

    expect(shownView()).toEqual({ kind: 'start' });
    const offer = await screen.findByRole('region', { name: sessionUi.resume.heading });
    expect(
      within(offer).getByText(sessionUi.resume.reached(outcomes.decline.headline)),
    ).toBeVisible();
    expect(screen.queryByDisplayValue('Ana')).toBeNull();
    await user.click(screen.getByRole('button', { name: sessionUi.resume.continue }));
    await settle();

    expect(shownView()).toEqual({
      kind: 'outcome',
      outcome: 'decline',
      template: 'decline-outreach',
    });
    expect(
      screen.getByRole('textbox', { name: new RegExp(outcomeUi.composer.fields.yourName.label) }),
    ).toHaveValue('Ana');
    expect(heading()).toHaveFocus();
  });

  it('forgets everything on Start again', async () => {
    const { user } = await openApp('/?stage=outreach&concerns=none');
    await act(user, { type: 'guide.restarted' });
    expect(shownView()).toEqual({ kind: 'start' });
    expect(window.location.search).toBe('');
    cleanup();

    await openApp('/');
    expect(shownView()).toEqual({ kind: 'start' });
    expect(screen.queryByRole('region', { name: sessionUi.resume.heading })).toBeNull();
  });

  it('forgets a keystroke made just before Start again, with the rest', async () => {
    const { user } = await openApp(
      '/?stage=outreach&concerns=happy-current-job&employer-interest=no',
    );
    const yourName = screen.getByRole('textbox', {
      name: new RegExp(outcomeUi.composer.fields.yourName.label),
    });
    fireEvent.input(yourName, { target: { value: 'Ana' } });
    await act(user, { type: 'guide.restarted' });
    await settle();
    expect(localStorage.getItem(SAVED_KEY) ?? '').not.toContain('Ana');
    cleanup();
    expect(localStorage.getItem(SAVED_KEY) ?? '').not.toContain('Ana');
  });

  it('starts afresh, and says so, when saved answers are unreadable', async () => {
    localStorage.setItem(SAVED_KEY, '{"v":1,"answers":');
    await openApp('/');
    expect(shownView()).toEqual({ kind: 'start' });
    expect(screen.getByText(ui.notices.savedAnswersUnreadable)).toBeVisible();
  });

  it('carries on without saving, and says so, when storage refuses', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { user } = await openApp('/');
    await act(user, { type: 'guide.started' });
    expect(screen.getByText(ui.notices.storageUnavailable)).toBeVisible();
    await act(user, answer('stage', 'applied') as never);
    expect(shownView()).toEqual({ kind: 'question', question: 'concerns' });
  });
});
