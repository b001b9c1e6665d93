// @vitest-environment node
/**
 * Where each answer to each question leads: the start, the stage, the
 * concerns (and the choices refused), whether it is negotiable, the salary
 * gap and the employer's interest. The questions after an outcome are in
 * machine.follow-ups.test.ts; Back, Change and Start again in
 * machine.navigation.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { guideMachine, type GuideEvent } from './machine';
import type { Answers } from './questions';
import { viewOf } from './view';
import { answer, outcomeView, questionView, viewAfter } from './test-machine';

describe('start', () => {
  it('opens on the start view and goes to the stage question', () => {
    const actor = createActor(guideMachine).start();
    expect(viewOf(actor.getSnapshot())).toEqual({ kind: 'start' });

    actor.send({ type: 'guide.started' });

    expect(viewOf(actor.getSnapshot())).toEqual(questionView('stage'));
  });
});

describe('stage', () => {
  it.each(['outreach', 'applied', 'interviewing'] as const)('%s leads to concerns', (stage) => {
    expect(
      viewAfter({}, { type: 'guide.started' }, answer({ question: 'stage', answer: stage })),
    ).toEqual(questionView('concerns'));
  });

  it('ignores an unknown stage', () => {
    const bogus = {
      type: 'answer.submitted',
      question: 'stage',
      answer: 'hired',
    } as unknown as GuideEvent;
    expect(viewAfter({}, { type: 'guide.started' }, bogus)).toEqual(questionView('stage'));
  });

  it('ignores an answer to a question that is not on screen', () => {
    expect(
      viewAfter({}, { type: 'guide.started' }, answer({ question: 'negotiable', answer: 'yes' })),
    ).toEqual(questionView('stage'));
  });
});

describe('concerns', () => {
  const at = { stage: 'applied' } as const;
  const cases: [string, Answers['concerns'], object][] = [
    ['none', ['none'], outcomeView('interview', 'accept-interview')],
    ['an illegitimate approach', ['not-legitimate'], outcomeView('decline', 'decline-brief')],
    [
      'an illegitimate approach among negotiable ones',
      ['not-legitimate', 'salary'],
      outcomeView('decline', 'decline-brief'),
    ],
    ['pay only', ['salary'], questionView('negotiable')],
    ['work setup only', ['work-setup'], questionView('negotiable')],
    ['pay and work setup', ['salary', 'work-setup'], questionView('negotiable')],
    ['a role concern', ['career-goals'], questionView('employer-interest')],
    ['a role concern with pay', ['career-goals', 'salary'], questionView('employer-interest')],
    ['an employer concern', ['culture'], outcomeView('decline', 'decline-first-interview')],
    [
      'an employer concern with a role concern',
      ['culture', 'gut-feeling'],
      outcomeView('decline', 'decline-first-interview'),
    ],
  ];
  it.each(cases)('%s', (_name, concerns, expected) => {
    expect(viewAfter(at, answer({ question: 'concerns', answer: concerns! }))).toEqual(expected);
  });

  it.each([
    ['none mixed with a concern', ['none', 'salary']],
    ['an empty choice', []],
    ['a repeated concern', ['salary', 'salary']],
    ['an unknown concern', ['boredom']],
  ])('refuses %s', (_name, concerns) => {
    const event = {
      type: 'answer.submitted',
      question: 'concerns',
      answer: concerns,
    } as unknown as GuideEvent;
    expect(viewAfter(at, event)).toEqual(questionView('concerns'));
  });
});

describe('negotiable', () => {
  it.each([
    [['salary'], 'yes', questionView('salary-gap')],
    [['salary'], 'unsure', questionView('salary-gap')],
    [['salary'], 'no', questionView('employer-interest')],
    [['work-setup'], 'yes', outcomeView('negotiate', 'negotiate')],
    [['work-setup'], 'unsure', outcomeView('negotiate', 'negotiate')],
    [['work-setup'], 'no', questionView('employer-interest')],
    [['salary', 'work-setup'], 'yes', questionView('salary-gap')],
  ] as const)('with %j, %s leads on', (concerns, negotiable, expected) => {
    const at = { stage: 'outreach', concerns } as const;
    expect(viewAfter(at, answer({ question: 'negotiable', answer: negotiable }))).toEqual(expected);
  });
});

describe('salary-gap', () => {
  it.each([
    ['reasonable', outcomeView('negotiate', 'negotiate')],
    ['unsure', outcomeView('negotiate', 'negotiate')],
    ['far', questionView('employer-interest')],
  ] as const)('%s leads on', (gap, expected) => {
    const at = { stage: 'interviewing', concerns: ['salary'], negotiable: 'yes' } as const;
    expect(viewAfter(at, answer({ question: 'salary-gap', answer: gap }))).toEqual(expected);
  });
});

describe('employer-interest', () => {
  it.each([
    ['outreach', 'yes', 'keep-door-open'],
    ['applied', 'yes', 'keep-door-open'],
    ['interviewing', 'yes', 'keep-door-open'],
    ['outreach', 'no', 'decline-outreach'],
    ['applied', 'no', 'decline-first-interview'],
    ['interviewing', 'no', 'withdraw'],
  ] as const)('at %s, %s declines with %s', (stage, interest, template) => {
    const at = { stage, concerns: ['lateral-move'] } as const;
    expect(viewAfter(at, answer({ question: 'employer-interest', answer: interest }))).toEqual(
      outcomeView('decline', template),
    );
  });
});
