import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { linkNotices, outcomeUi, questions } from '../../content';
import { act, heading, openApp, shownView } from './test-app';

const DECLINED = '?stage=applied&concerns=career-goals&employer-interest=no';
const HELD = { kind: 'outcome', outcome: 'decline', template: 'hold-decline' };
const FIRST = { kind: 'outcome', outcome: 'decline', template: 'decline-first-interview' };

describe('the reply to a no', () => {
  it('is offered by a decline in its own words, and Back walks back to the first message', async () => {
    const { user } = await openApp(`/${DECLINED}`);
    expect(shownView()).toEqual(FIRST);
    expect(screen.getByRole('heading', { name: outcomeUi.pushback.heading })).toBeVisible();
    expect(screen.getByText(outcomeUi.pushback.text)).toBeVisible();

    await act(user, { type: 'reply.opened' });
    expect(heading()).toHaveTextContent(questions.pushback.title);
    await act(user, {
      type: 'answer.submitted',
      question: 'pushback',
      answer: 'asked-why',
    } as never);
    expect(shownView()).toEqual(HELD);
    expect(window.location.search).toBe(`${DECLINED}&pushback=asked-why`);

    await act(user, { type: 'nav.back' });
    expect(heading()).toHaveTextContent(questions.pushback.title);
    expect(screen.getByLabelText(questions.pushback.options['asked-why'].label)).toBeChecked();
    await act(user, { type: 'nav.back' });
    expect(shownView()).toEqual(FIRST);
  });

  it('opens from its share link', async () => {
    await openApp(`/${DECLINED}&pushback=asked-to-reconsider`);
    expect(shownView()).toEqual(HELD);
  });

  it('is dropped off the path (a scam), and the person told', async () => {
    await openApp('/?stage=applied&concerns=not-legitimate&pushback=asked-why');
    expect(shownView()).toEqual({ kind: 'outcome', outcome: 'decline', template: 'decline-brief' });
    expect(
      await screen.findByText(linkNotices.ignored([questions.pushback.summaryLabel], 0)),
    ).toBeVisible();
    expect(window.location.search).not.toContain('pushback');
  });
});
