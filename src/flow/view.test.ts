// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers } from './questions';
import { createGuideTestModel } from './test-model';
import { answersOnPath, choiceOf, navigate, viewOf } from './view';
import { replay } from './test-model';

describe('replay', () => {
  it('stays on the start view with no answers', () => {
    expect(viewOf(replay({}).snapshot)).toEqual({ kind: 'start' });
  });

  it('stops at the first unanswered question', () => {
    const { snapshot, offPath } = replay({ stage: 'applied' });
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'concerns' });
    expect(offPath).toEqual([]);
  });

  it('reports answers the path never reaches', () => {
    const { snapshot, offPath } = replay({
      stage: 'outreach',
      concerns: ['mission'],
      negotiable: 'yes',
      'employer-interest': 'yes',
    });
    expect(viewOf(snapshot)).toMatchObject({ kind: 'outcome', outcome: 'decline' });
    expect(offPath).toEqual(['negotiable', 'employer-interest']);
    expect(answersOnPath(snapshot)).toEqual({ stage: 'outreach', concerns: ['mission'] });
  });

  it('reports later answers when an earlier question is missing', () => {
    const { snapshot, offPath } = replay({ concerns: ['none'] });
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'stage' });
    expect(offPath).toEqual(['concerns']);
  });

  it('stops at a question whose answer the machine refuses', () => {
    const bogus = { stage: 'applied', concerns: ['none', 'salary'] } as unknown as Answers;
    const { snapshot, offPath } = replay(bogus);
    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'concerns' });
    expect(offPath).toEqual(['concerns']);
  });
});

describe('navigate', () => {
  const outcome = replay({
    stage: 'applied',
    concerns: ['salary'],
    negotiable: 'yes',
    'salary-gap': 'far',
    'employer-interest': 'no',
  }).snapshot;

  it('goes back to an earlier view and remembers later answers to pre-fill them', () => {
    const { snapshot, events } = navigate(outcome, { stage: 'applied', concerns: ['salary'] });

    expect(viewOf(snapshot)).toEqual({ kind: 'question', question: 'negotiable' });
    expect(events.every((e) => e.type === 'nav.back')).toBe(true);
    expect(snapshot.context.answers.negotiable).toBe('yes');
  });

  it('goes forward with the answers given', () => {
    const atStage = replay({ stage: 'applied' }).snapshot;
    const { snapshot } = navigate(atStage, { stage: 'applied', concerns: ['none'] });
    expect(viewOf(snapshot)).toEqual({
      kind: 'outcome',
      outcome: 'interview',
      template: 'accept-interview',
    });
  });

  it('chooses between the start view and the first question when no answers are given', () => {
    expect(viewOf(navigate(outcome, {}, { start: true }).snapshot)).toEqual({ kind: 'start' });
    expect(viewOf(navigate(outcome, {}).snapshot)).toEqual({ kind: 'question', question: 'stage' });
  });

  it('opens only the follow-up its outcome offers, whichever follow-up answer is given', () => {
    const declined = {
      stage: 'applied',
      concerns: ['career-goals'],
      'employer-interest': 'no',
    } as const;
    const withReply = navigate(replay({}).snapshot, { ...declined, reply: 'enough' });
    expect(viewOf(withReply.snapshot)).toMatchObject({ template: 'decline-first-interview' });
    expect(withReply.offPath).toEqual(['reply']);

    const held = navigate(withReply.snapshot, { ...declined, pushback: 'asked-why' });
    expect(held.events.map((e) => e.type)).toEqual(['reply.opened', 'answer.submitted']);
    expect(viewOf(held.snapshot)).toMatchObject({ template: 'hold-decline' });
    const back = navigate(held.snapshot, declined);
    expect(back.events).toEqual([{ type: 'nav.back' }, { type: 'nav.back' }]);
    expect(viewOf(back.snapshot)).toMatchObject({ template: 'decline-first-interview' });
  });

  it('leaves the reply question for its outcome with one Back, and reopens it', () => {
    const talks = { stage: 'applied', concerns: ['work-setup'], negotiable: 'yes' } as const;
    const atReply = navigate(replay(talks).snapshot, talks, { followUp: true });
    expect(atReply.events).toEqual([{ type: 'reply.opened' }]);
    expect(viewOf(atReply.snapshot)).toEqual({ kind: 'question', question: 'reply' });

    const back = navigate(atReply.snapshot, talks);
    expect(back.events).toEqual([{ type: 'nav.back' }]);
    expect(viewOf(back.snapshot)).toMatchObject({ kind: 'outcome', outcome: 'negotiate' });

    const answered = navigate(atReply.snapshot, { ...talks, reply: 'enough' });
    expect(answered.events).toEqual([
      { type: 'answer.submitted', question: 'reply', answer: 'enough' },
    ]);
    const changed = navigate(answered.snapshot, { ...talks, reply: 'not-enough' });
    expect(changed.events.map((e) => e.type)).toEqual(['nav.back', 'answer.submitted']);
    expect(viewOf(changed.snapshot)).toMatchObject({ template: 'decline-after-talks' });
  });

  it('lands on the same view as a fresh replay, from any state of the model to any other', () => {
    const states = [
      ...new Map(
        createGuideTestModel()
          .getShortestPaths()
          .flatMap((p) => p.steps.map((s) => s.state))
          .map((s) => [JSON.stringify([s.value, answersOnPath(s)]), s] as const),
      ).values(),
    ];
    let checked = 0;
    for (const [i, from] of states.entries()) {
      // Every state to every thirteenth state keeps this about a second.
      for (const to of states.filter((_, j) => (i + j) % 13 === 0)) {
        const target = answersOnPath(to);
        const { snapshot, offPath } = navigate(from, target, choiceOf(to));
        expect(viewOf(snapshot)).toEqual(viewOf(to));
        expect(answersOnPath(snapshot)).toEqual(target);
        expect(offPath).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  }, 120_000);
});
