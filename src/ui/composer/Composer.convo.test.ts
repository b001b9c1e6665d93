import { screen } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { outcomeUi } from '../../content';
import type { Answers } from '../../flow/questions';
import { composeMessage } from '../../message/compose';
import { emptyDraft } from '../../message/draft';
import { answersWith, field, message, painted, renderBound, shownFields } from './test-composer';

let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

const checkbox = (name: string) => screen.getByRole('checkbox', { name });

describe('moving a booked interview', () => {
  it('asks whether the booked time works, and moves the interview when it does not', async () => {
    const answers = answersWith('none');
    const { latest } = renderBound({ template: 'accept-interview', answers });
    expect(
      screen.queryByRole('checkbox', { name: outcomeUi.composer.rescheduling.label }),
    ).toBeNull();

    await user.click(checkbox(outcomeUi.booking.label));
    await user.type(field('interviewDate'), 'Thursday at 2pm');
    await painted();
    const moving = checkbox(outcomeUi.composer.rescheduling.label);
    expect(moving).toHaveAttribute('data-field', 'reschedule');
    expect(message()).toHaveAttribute('data-template', 'accept-interview');
    expect(shownFields()).not.toContain('altTimes');

    await user.click(moving);
    expect(latest().reschedule).toBe(true);
    expect(message()).toHaveAttribute('data-template', 'reschedule');
    expect(field('altTimes')).toHaveAttribute('data-field', 'altTimes');
    expect(
      screen.getByRole('heading', { name: outcomeUi.composer.rescheduling.stepsHeading }),
    ).toBeVisible();
    const expected = composeMessage('accept-interview', answers, latest());
    expect(message()).toHaveTextContent(expected.email.subject);

    await user.type(field('altTimes'), 'Monday after 1pm');
    await painted();
    expect(message()).toHaveTextContent('Monday after 1pm');

    await user.click(moving);
    expect(message()).toHaveAttribute('data-template', 'accept-interview');
  });

  it('never asks on a message that declines', async () => {
    renderBound();
    await user.click(checkbox(outcomeUi.booking.label));
    expect(
      screen.queryByRole('checkbox', { name: outcomeUi.composer.rescheduling.label }),
    ).toBeNull();
  });
});

describe('a referral', () => {
  it('is asked for on a decline, and one sentence names them only once filled', async () => {
    renderBound();
    const referral = field('referral');
    expect(referral).toHaveAttribute('data-field', 'referral');
    const before = message().textContent;
    await user.type(referral, 'Jo Lee');
    await painted();
    expect(message()).toHaveTextContent('Jo Lee');
    expect(message().textContent).not.toBe(before);
  });

  it('is not asked for on the reply to a no, nor on an acceptance', () => {
    const pushedBack = {
      stage: 'applied',
      concerns: ['salary'],
      'employer-interest': 'no',
      pushback: 'asked-why',
    } as Answers;
    renderBound({ template: 'hold-decline', answers: pushedBack, draft: emptyDraft });
    expect(shownFields()).not.toContain('referral');
    expect(screen.queryByRole('checkbox', { name: outcomeUi.booking.label })).toBeNull();
    // It asks instead whether the no canceled one, for the subject it keeps.
    expect(screen.getByRole('checkbox', { name: outcomeUi.booking.replyLabel })).not.toBeChecked();
    expect(message()).toHaveAttribute('data-template', 'hold-decline');
  });
});
