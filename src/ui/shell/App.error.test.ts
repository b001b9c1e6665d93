/**
 * An unexpected error in the interface: the error boundary shows a calm panel
 * (what happened, Start again, the message so far, copyable) instead of a
 * blank page, and storage keeps what the person had. The views are swapped
 * for stand-ins that throw while rendering when a test says so.
 */
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeUi, questions, ui } from '../../content';
import { emptyDraft, type MessageDraft } from '../../message/draft';
import { SAVED_KEY } from '../../app/saved';
import { messageText } from '../../message/compose';
import { Guide } from '../../app/guide.svelte';
import { act, continueSaved, openApp, savedRecord, shownView } from './test-app';

const broken = vi.hoisted(() => ({ question: undefined as string | undefined, outcome: false }));

/**
 * The real view, or the stand-in that throws whenever `breaks(props)` says so:
 * checked on every change of props, since the question page stays mounted
 * from one question to the next.
 */
async function breakable(
  real: () => Promise<{ default: Component<never> }>,
  breaks: (props: Record<string, unknown>) => boolean,
) {
  const [{ default: View }, { default: Breakable }] = await Promise.all([
    real(),
    import('./test-Breakable.svelte'),
  ]);
  const view = (anchor: unknown, props: Record<string, unknown>) =>
    Breakable(anchor as never, { view: View as never, breaks, props });
  return { default: view };
}

vi.mock('../question/QuestionView.svelte', (original) =>
  breakable(original as never, (props) => props.question === broken.question),
);
vi.mock('../outcome/OutcomeView.svelte', (original) =>
  breakable(original as never, () => broken.outcome),
);

const draft: MessageDraft = {
  fields: { yourName: 'Zoë Ní Bhriain', company: 'Acme & Co' },
  reason: 'salary',
  format: 'email',
  booked: false,
};
const answers = {
  stage: 'applied',
  concerns: ['salary'],
  negotiable: 'no',
  'employer-interest': 'no',
} as const;
const saved = JSON.stringify(savedRecord(answers, { draft }));

function panel() {
  return screen.getByRole('heading', { level: 1, name: ui.errorPanel.heading });
}

// Load the views' code once up front, so the first test's page is not waiting on it.
beforeAll(() =>
  Promise.all([import('../question/QuestionView.svelte'), import('../outcome/OutcomeView.svelte')]),
);

beforeEach(() => {
  localStorage.clear();
  broken.question = undefined;
  broken.outcome = false;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('an unexpected error', () => {
  it('shows the panel in place of a question page that throws, focused, and logs the error', async () => {
    broken.question = 'negotiable';
    const { user } = await openApp('/?stage=applied');
    await act(user, { type: 'answer.submitted', question: 'concerns', answer: ['salary'] });

    expect(panel()).toHaveFocus();
    expect(screen.getByText(ui.errorPanel.body)).toBeVisible();
    expect(document.title).toBe(`${ui.errorPanel.heading}${ui.app.titleSuffix}`);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(console.error).toHaveBeenCalledTimes(1);
    // Where the person got to is still saved, and in the URL.
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!).at).toEqual({
      stage: 'applied',
      concerns: ['salary'],
    });
    expect(window.location.search).toBe('?stage=applied&concerns=salary');
    expect(screen.getByRole('link', { name: ui.errorPanel.reload })).toHaveAttribute(
      'href',
      `${window.location.origin}/?stage=applied&concerns=salary`,
    );
  });

  it('starts again from the panel, and the guide works again', async () => {
    broken.question = 'negotiable';
    const { user } = await openApp('/?stage=applied&concerns=salary');
    expect(panel()).toBeVisible();
    broken.question = undefined;

    await user.click(screen.getByRole('button', { name: ui.nav.startAgain }));
    await waitFor(() => expect(shownView()).toEqual({ kind: 'start' }));
    // Saved once the start page is painted.
    await waitFor(() => expect(localStorage.getItem(SAVED_KEY)).toContain('"start":true'));
    await act(user, { type: 'guide.started' });
    expect(shownView()).toEqual({ kind: 'question', question: 'stage' });
  });

  it('gives the message so far, ready to copy, and loses nothing in storage', async () => {
    broken.outcome = true;
    localStorage.setItem(SAVED_KEY, saved);
    const { user } = await openApp('/');
    await continueSaved(user);

    expect(panel()).toBeVisible();
    const expected = messageText('decline-first-interview', answers, draft);
    const box = await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel });
    expect(box).toHaveValue(expected);
    expect(box).toHaveAttribute('readonly');
    // Continuing it wrote it again as it was, dated now.
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).toEqual({
      ...JSON.parse(saved),
      savedAt: expect.any(Number),
    });

    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: outcomeUi.actions.copy }));
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(await screen.findByText(outcomeUi.actions.copied)).toBeVisible();
  });

  it('gives back the person’s own edits, not the suggestion', async () => {
    broken.outcome = true;
    const edited: MessageDraft = {
      ...draft,
      edits: { email: { subject: 'No, thanks', body: 'My own words.', basis: '00000000' } },
    };
    localStorage.setItem(SAVED_KEY, JSON.stringify(savedRecord(answers, { draft: edited })));
    const { user } = await openApp('/');
    await continueSaved(user);
    const box = await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel });
    expect(box).toHaveValue('Subject: No, thanks\n\nMy own words.');
  });

  it('selects the message for a manual copy when the clipboard refuses', async () => {
    broken.outcome = true;
    localStorage.setItem(SAVED_KEY, saved);
    const { user } = await openApp('/');
    await continueSaved(user);
    const box = await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      configurable: true,
    });

    await user.click(screen.getByRole('button', { name: outcomeUi.actions.copy }));

    expect(await screen.findByText(outcomeUi.actions.copyFailed)).toBeVisible();
    expect(box).toHaveFocus();
    const area = box as HTMLTextAreaElement;
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe(area.value);
  });

  it('gives what was typed when the error comes before any outcome', async () => {
    broken.question = 'stage';
    localStorage.setItem(
      SAVED_KEY,
      JSON.stringify(
        savedRecord({}, { draft: { ...emptyDraft, fields: { yourName: 'Ana', company: ' ' } } }),
      ),
    );
    const { user } = await openApp('/');
    await continueSaved(user);
    expect(panel()).toBeVisible();
    expect(
      await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel }),
    ).toHaveValue('Ana');
  });
});

describe('an error outside rendering', () => {
  it('shows the panel when a click handler throws, with the message kept and the error logged', async () => {
    localStorage.setItem(SAVED_KEY, saved);
    const { user } = await openApp('/');
    await continueSaved(user);
    const bug = new Error('A click handler broke.');
    vi.spyOn(Guide.prototype, 'change').mockImplementation(() => {
      throw bug;
    });

    const label = ui.nav.changeHidden(questions.stage.summaryLabel);
    await user.click(screen.getByRole('link', { name: `${ui.nav.change} ${label}` }));

    await waitFor(() => expect(panel()).toHaveFocus());
    const box = await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel });
    expect(box).toHaveValue(messageText('decline-first-interview', answers, draft));
    expect(console.error).toHaveBeenCalledTimes(1);
    expect(console.error).toHaveBeenCalledWith(expect.any(String), bug);
    // Storage keeps the record as it was (continuing it dates it anew).
    expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).toEqual({
      ...JSON.parse(saved),
      savedAt: expect.any(Number),
    });
  });

  it('shows the panel for a promise that fails with no one to catch it', async () => {
    localStorage.setItem(SAVED_KEY, saved);
    const { user } = await openApp('/');
    await continueSaved(user);
    const bug = new Error('A promise broke.');
    window.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: bug }));

    await waitFor(() => expect(panel()).toHaveFocus());
    expect(console.error).toHaveBeenCalledWith(expect.any(String), bug);
    expect(
      await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel }),
    ).toHaveValue(messageText('decline-first-interview', answers, draft));
  });

  it('leaves the page alone for an error event that carries no error (a browser notice)', async () => {
    await openApp('/?stage=applied');
    window.dispatchEvent(
      new ErrorEvent('error', { message: 'ResizeObserver loop limit exceeded' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('heading', { level: 1, name: ui.errorPanel.heading })).toBeNull();
    expect(shownView()).toEqual({ kind: 'question', question: 'concerns' });
  });

  it('starts again from the panel after a handler error, and the guide works again', async () => {
    const { user } = await openApp('/?stage=applied');
    const back = vi.spyOn(Guide.prototype, 'back').mockImplementation(() => {
      throw new Error('Back broke.');
    });
    await user.click(screen.getByRole('link', { name: ui.nav.back }));
    await waitFor(() => expect(panel()).toBeVisible());
    back.mockRestore();

    await user.click(screen.getByRole('button', { name: ui.nav.startAgain }));
    await waitFor(() => expect(shownView()).toEqual({ kind: 'start' }));
    await act(user, { type: 'guide.started' });
    expect(shownView()).toEqual({ kind: 'question', question: 'stage' });
  });
});
