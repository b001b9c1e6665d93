/**
 * Helpers for driving the whole app in jsdom the way a person would: by role
 * and accessible name, with every name taken from the content modules.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { outcomeUi, questions, sessionUi, ui } from '../../content';
import type { GuideEvent } from '../../flow/machine';
import type { Answers } from '../../flow/questions';
import { viewOf, type View } from '../../flow/view';
import { replay } from '../../flow/test-model';
import { emptyDraft } from '../../message/draft';
import { SAVED_VERSION, type SavedGuide } from '../../app/saved';
import App from './App.svelte';
import { afterPaint } from '../../platform/after-paint';

/**
 * Waits for the page to settle as a person's browser would: the view's own
 * code loaded, its heading shown, and the focus moved.
 */
export async function settle() {
  await waitFor(
    () => {
      // `aria-busy`: a step waits for code (the guide's, or the view's) to load.
      if (!document.querySelector('main h1') || document.querySelector('main[aria-busy="true"]')) {
        throw new Error('The view has not rendered yet.');
      }
      // The first load of a view's code (or the guide's) is transformed on the spot: slow when busy.
    },
    { timeout: 5000 },
  );
  // The focus moves once the new view has painted: a frame, then a task.
  await afterPaint();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Opens the app at `url` (path and query) with what storage holds now. */
export async function openApp(url = '/') {
  window.history.replaceState(null, '', url);
  // No pause between the parts of a click or a key: each pause is a timer, and
  // jsdom clamps nested timers to 4 ms, which added up to most of a step.
  const user = userEvent.setup({ delay: null });
  const result = render(App);
  await settle();
  return { user, ...result };
}

export function heading() {
  return screen.getByRole('heading', { level: 1 });
}

/** Carries out a machine event through the interface, and lets the page settle. */
export async function act(user: ReturnType<typeof userEvent.setup>, event: GuideEvent) {
  await perform(user, event);
  await settle();
}

async function perform(user: ReturnType<typeof userEvent.setup>, event: GuideEvent) {
  switch (event.type) {
    case 'guide.started':
      return user.click(screen.getByRole('button', { name: ui.start.button }));
    case 'nav.back':
      return user.click(screen.getByRole('link', { name: ui.nav.back }));
    case 'reply.opened':
      return user.click(screen.getByRole('button', { name: outcomeUi.reply.button }));
    case 'guide.restarted':
      return user.click(screen.getByRole('button', { name: ui.nav.startAgain }));
    case 'nav.change':
      return user.click(
        screen.getByRole('link', {
          name: `${ui.nav.change} ${ui.nav.changeHidden(questions[event.question].summaryLabel)}`,
        }),
      );
    case 'answer.submitted': {
      const group = screen.getByRole('group', { name: questions[event.question].title });
      const options = questions[event.question].options as Record<string, { label: string }>;
      const wanted: readonly string[] =
        typeof event.answer === 'string' ? [event.answer] : event.answer;
      for (const box of within(group).queryAllByRole('checkbox')) {
        if ((box as HTMLInputElement).checked) await user.click(box);
      }
      for (const id of wanted) {
        await user.click(within(group).getByLabelText(options[id]!.label, { exact: true }));
      }
      return user.click(screen.getByRole('button', { name: ui.nav.continue }));
    }
  }
}

/** What the rendered page shows, in the machine's terms. */
export function shownView(): View {
  const outcome = document.querySelector('[data-outcome]');
  if (outcome) {
    const template = document.querySelector('[data-template]');
    return {
      kind: 'outcome',
      outcome: outcome.getAttribute('data-outcome'),
      template: template?.getAttribute('data-template'),
    } as View;
  }
  const title = heading().textContent?.trim();
  if (title === ui.start.heading) return { kind: 'start' };
  const question = Object.entries(questions).find(([, q]) => q.title === title)?.[0];
  return { kind: 'question', question } as View;
}

/**
 * A record as the guide writes it, dated now, for `at` (and `answers`, by
 * default), with the outcome the machine says `at` leads to.
 */
export function savedRecord(at: Answers, extra: Partial<Record<keyof SavedGuide, unknown>> = {}) {
  const view = viewOf(replay(at).snapshot);
  return {
    v: SAVED_VERSION,
    answers: at,
    at,
    start: false,
    draft: emptyDraft,
    outcome: view.kind === 'outcome' ? view.outcome : null,
    savedAt: Date.now(),
    ...extra,
  };
}

/** Continues the saved session the start page offers, and lets the page settle. */
export async function continueSaved(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: sessionUi.resume.continue }));
  await settle();
}
