// @vitest-environment node
/**
 * Moving about the guide: going back to the question actually asked before,
 * with its answer kept to pre-fill; changing an earlier answer, keeping the
 * later ones still on the path; and starting again.
 */
import { describe, expect, it } from 'vitest';
import { answersOnPath, viewOf } from './view';
import { actorAt, answer, outcomeView, questionView } from './test-machine';

describe('going back', () => {
  it('returns to the question actually asked before, on every branch', () => {
    const actor = actorAt({
      stage: 'applied',
      concerns: ['career-goals'],
      'employer-interest': 'no',
    });

    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('employer-interest'));
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('concerns'));
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('stage'));
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'start' });
  });

  it('keeps the answers to pre-fill them', () => {
    const actor = actorAt({ stage: 'applied', concerns: ['salary'], negotiable: 'no' });

    actor.send({ type: 'nav.back' });

    expect(actor.getSnapshot().context.answers.negotiable).toBe('no');
    expect(answersOnPath(actor.getSnapshot())).toEqual({ stage: 'applied', concerns: ['salary'] });
  });
});

describe('changing an answer', () => {
  const full = {
    stage: 'applied',
    concerns: ['salary'],
    negotiable: 'yes',
    'salary-gap': 'far',
    'employer-interest': 'yes',
  } as const;

  it('goes to that question and keeps later answers still on the new path', () => {
    const actor = actorAt(full);

    actor.send({ type: 'nav.change', question: 'concerns' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('concerns'));
    actor.send(answer({ question: 'concerns', answer: ['salary', 'work-setup'] }));

    expect(viewOf(actor.getSnapshot())).toEqual(questionView('negotiable'));
    expect(actor.getSnapshot().context.answers).toEqual({
      ...full,
      concerns: ['salary', 'work-setup'],
    });
  });

  it('drops later answers that are no longer asked', () => {
    const actor = actorAt(full);

    actor.send({ type: 'nav.change', question: 'concerns' });
    actor.send(answer({ question: 'concerns', answer: ['mission'] }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'decline-first-interview'));
    expect(actor.getSnapshot().context.answers).toEqual({
      stage: 'applied',
      concerns: ['mission'],
    });
  });

  it('ignores a change to a question that was not asked', () => {
    const actor = actorAt({ stage: 'applied', concerns: ['none'] });

    actor.send({ type: 'nav.change', question: 'negotiable' });

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('interview', 'accept-interview'));
  });
});

describe('starting again', () => {
  it('forgets every answer', () => {
    const actor = actorAt({ stage: 'applied', concerns: ['none'] });

    actor.send({ type: 'guide.restarted' });

    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'start' });
    expect(actor.getSnapshot().context).toEqual({ answers: {}, path: [] });
  });
});
