// @vitest-environment node
/**
 * The questions an outcome offers after it: the reply to the negotiate
 * message (enough or not), and the pushback to a decline that closes a real
 * opportunity (hold-decline); where each leads, Back and Change from their
 * outcomes, and when their answer is dropped or kept by a change before them.
 */
import { describe, expect, it } from 'vitest';
import { answersOnPath, viewOf } from './view';
import { actorAt, answer, outcomeView, questionView, viewAfter } from './test-machine';
import { TO_NEGOTIATE } from './test-model';

describe('reply', () => {
  it('is offered by the negotiate outcome, and only there', () => {
    expect(viewAfter(TO_NEGOTIATE, { type: 'reply.opened' })).toEqual(questionView('reply'));
    expect(viewAfter({ stage: 'applied', concerns: ['none'] }, { type: 'reply.opened' })).toEqual(
      outcomeView('interview', 'accept-interview'),
    );
    expect(viewAfter({ stage: 'applied' }, { type: 'reply.opened' })).toEqual(
      questionView('concerns'),
    );
  });

  it.each([
    ['enough', 'interview', 'accept-after-talks'],
    ['not-enough', 'decline', 'decline-after-talks'],
  ] as const)('%s leads to %s with %s', (reply, outcome, template) => {
    expect(
      viewAfter(
        TO_NEGOTIATE,
        { type: 'reply.opened' },
        answer({ question: 'reply', answer: reply }),
      ),
    ).toEqual(outcomeView(outcome, template));
  });

  it('keeps the path when opened, so Back returns to the negotiate outcome', () => {
    const actor = actorAt(TO_NEGOTIATE);
    actor.send({ type: 'reply.opened' });
    expect(actor.getSnapshot().context.path).toEqual([
      'stage',
      'concerns',
      'negotiable',
      'salary-gap',
    ]);

    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('negotiate', 'negotiate'));
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('salary-gap'));
  });

  it('goes back from its outcome to the reply, then to the negotiate outcome', () => {
    const actor = actorAt({ ...TO_NEGOTIATE, reply: 'not-enough' });
    expect(actor.getSnapshot().context.path.at(-1)).toBe('reply');

    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('reply'));
    expect(actor.getSnapshot().context.answers.reply).toBe('not-enough');
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('negotiate', 'negotiate'));
  });

  it('can be changed from its outcome', () => {
    const actor = actorAt({ ...TO_NEGOTIATE, reply: 'enough' });

    actor.send({ type: 'nav.change', question: 'reply' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('reply'));
    actor.send(answer({ question: 'reply', answer: 'not-enough' }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'decline-after-talks'));
  });

  it('is dropped when a change means the negotiate outcome is no longer reached', () => {
    const actor = actorAt({ ...TO_NEGOTIATE, reply: 'enough' });

    actor.send({ type: 'nav.change', question: 'negotiable' });
    actor.send(answer({ question: 'negotiable', answer: 'no' }));

    expect(viewOf(actor.getSnapshot())).toEqual(questionView('employer-interest'));
    expect(actor.getSnapshot().context.answers).toEqual({
      stage: 'applied',
      concerns: ['salary'],
      negotiable: 'no',
    });
  });

  it('is kept to pre-fill when a change still leads to the negotiate outcome', () => {
    const actor = actorAt({ ...TO_NEGOTIATE, reply: 'enough' });

    actor.send({ type: 'nav.change', question: 'salary-gap' });
    actor.send(answer({ question: 'salary-gap', answer: 'unsure' }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('negotiate', 'negotiate'));
    expect(actor.getSnapshot().context.answers.reply).toBe('enough');
    actor.send({ type: 'reply.opened' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('reply'));
  });

  it('ignores a reply to a question that is not on screen', () => {
    expect(viewAfter(TO_NEGOTIATE, answer({ question: 'reply', answer: 'enough' }))).toEqual(
      outcomeView('negotiate', 'negotiate'),
    );
  });
});

describe('pushback', () => {
  const declined = {
    stage: 'applied',
    concerns: ['career-goals'],
    'employer-interest': 'no',
  } as const;

  it.each([
    ['decline-outreach', { stage: 'outreach', concerns: ['mission'] }],
    ['decline-first-interview', declined],
    ['withdraw', { stage: 'interviewing', concerns: ['culture'] }],
    ['keep-door-open', { ...declined, 'employer-interest': 'yes' }],
  ] as const)('is offered by %s', (_template, answers) => {
    expect(viewAfter(answers, { type: 'reply.opened' })).toEqual(questionView('pushback'));
  });

  it.each([
    ['a scam', { stage: 'applied', concerns: ['not-legitimate'] }, 'decline-brief'],
    [
      'talks',
      {
        stage: 'applied',
        concerns: ['salary'],
        negotiable: 'yes',
        'salary-gap': 'reasonable',
        reply: 'not-enough',
      },
      'decline-after-talks',
    ],
  ] as const)('is never offered after %s', (_name, answers, template) => {
    expect(viewAfter(answers, { type: 'reply.opened' })).toEqual(outcomeView('decline', template));
  });

  it.each(['asked-why', 'asked-to-reconsider'] as const)(
    '%s keeps the decline, with hold-decline',
    (pushback) => {
      expect(
        viewAfter(
          declined,
          { type: 'reply.opened' },
          answer({ question: 'pushback', answer: pushback }),
        ),
      ).toEqual(outcomeView('decline', 'hold-decline'));
    },
  );

  it('goes back from its outcome to the question, then to the decline it was opened from', () => {
    const actor = actorAt({ ...declined, pushback: 'asked-why' });
    expect(actor.getSnapshot().context.path.at(-1)).toBe('pushback');

    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('pushback'));
    expect(actor.getSnapshot().context.answers.pushback).toBe('asked-why');
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'decline-first-interview'));
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('employer-interest'));
  });

  it('can be changed from its outcome', () => {
    const actor = actorAt({ ...declined, pushback: 'asked-why' });

    actor.send({ type: 'nav.change', question: 'pushback' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('pushback'));
    actor.send(answer({ question: 'pushback', answer: 'asked-to-reconsider' }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'hold-decline'));
    expect(actor.getSnapshot().context.answers.pushback).toBe('asked-to-reconsider');
  });

  it('is dropped when a change leaves the declines that close a real opportunity', () => {
    const actor = actorAt({ ...declined, pushback: 'asked-why' });

    actor.send({ type: 'nav.change', question: 'concerns' });
    actor.send(answer({ question: 'concerns', answer: ['not-legitimate'] }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'decline-brief'));
    expect(actor.getSnapshot().context.answers.pushback).toBeUndefined();
  });

  it('is kept to pre-fill when a change still leads to such a decline, which shows first', () => {
    const actor = actorAt({ ...declined, pushback: 'asked-why' });

    actor.send({ type: 'nav.change', question: 'employer-interest' });
    actor.send(answer({ question: 'employer-interest', answer: 'yes' }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'keep-door-open'));
    expect(actor.getSnapshot().context.answers.pushback).toBe('asked-why');
    expect(answersOnPath(actor.getSnapshot()).pushback).toBeUndefined();
  });

  it('ignores a pushback to a question that is not on screen', () => {
    expect(viewAfter(declined, answer({ question: 'pushback', answer: 'asked-why' }))).toEqual(
      outcomeView('decline', 'decline-first-interview'),
    );
  });
});
