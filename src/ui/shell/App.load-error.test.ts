/**
 * A view whose code will not load (offline, or a deploy replaced it): the
 * error panel, not an empty page, with the message so far.
 */
import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ui } from '../../content';
import type { MessageDraft } from '../../message/draft';
import { SAVED_KEY } from '../../app/saved';
import { messageText } from '../../message/compose';
import { act, continueSaved, openApp, savedRecord, shownView } from './test-app';

vi.mock('../outcome/OutcomeView.svelte', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const draft: MessageDraft = {
  fields: { yourName: 'Ana' },
  reason: null,
  format: 'call',
  booked: false,
};
const answers = { stage: 'outreach', concerns: ['none'] } as const;
const saved = JSON.stringify(savedRecord(answers, { draft }));

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('shows the error panel with the message so far, and keeps storage as it was', async () => {
  localStorage.setItem(SAVED_KEY, saved);
  const { user } = await openApp('/');
  await continueSaved(user);

  expect(screen.getByRole('heading', { level: 1, name: ui.errorPanel.heading })).toHaveFocus();
  expect(await screen.findByRole('textbox', { name: ui.errorPanel.messageSoFarLabel })).toHaveValue(
    messageText('accept-interview', answers, draft),
  );
  // Continuing it wrote it again as it was, dated now.
  expect(JSON.parse(localStorage.getItem(SAVED_KEY)!)).toEqual({
    ...JSON.parse(saved),
    savedAt: expect.any(Number),
  });

  await user.click(screen.getByRole('button', { name: ui.nav.startAgain }));
  await waitFor(() => expect(shownView()).toEqual({ kind: 'start' }));
  await act(user, { type: 'guide.started' });
  expect(shownView()).toEqual({ kind: 'question', question: 'stage' });
});
