import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { guideMachine, type GuideEvent } from './machine';
import type { Answers } from './questions';
import { answersOnPath, viewOf } from './view';
import { replay } from './test-model';

function actorAt(answers: Answers) {
  const actor = createActor(guideMachine, { snapshot: replay(answers).snapshot });
  actor.start();
  return actor;
}

function answer(
  event: Omit<Extract<GuideEvent, { type: 'answer.submitted' }>, 'type'>,
): GuideEvent {
  return { type: 'answer.submitted', ...event } as GuideEvent;
}

function viewAfter(answers: Answers, ...events: GuideEvent[]) {
  const actor = actorAt(answers);
  for (const event of events) actor.send(event);
  return viewOf(actor.getSnapshot());
}

const questionView = (question: string) => ({ kind: 'question', question });
const outcomeView = (outcome: string, template: string) => ({ kind: 'outcome', outcome, template });

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

describe('reply', () => {
  const talks = {
    stage: 'applied',
    concerns: ['salary'],
    negotiable: 'yes',
    'salary-gap': 'reasonable',
  } as const;

  it('is offered by the negotiate outcome, and only there', () => {
    expect(viewAfter(talks, { type: 'reply.opened' })).toEqual(questionView('reply'));
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
      viewAfter(talks, { type: 'reply.opened' }, answer({ question: 'reply', answer: reply })),
    ).toEqual(outcomeView(outcome, template));
  });

  it('keeps the path when opened, so Back returns to the negotiate outcome', () => {
    const actor = actorAt(talks);
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
    const actor = actorAt({ ...talks, reply: 'not-enough' });
    expect(actor.getSnapshot().context.path.at(-1)).toBe('reply');

    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('reply'));
    expect(actor.getSnapshot().context.answers.reply).toBe('not-enough');
    actor.send({ type: 'nav.back' });
    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('negotiate', 'negotiate'));
  });

  it('can be changed from its outcome', () => {
    const actor = actorAt({ ...talks, reply: 'enough' });

    actor.send({ type: 'nav.change', question: 'reply' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('reply'));
    actor.send(answer({ question: 'reply', answer: 'not-enough' }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('decline', 'decline-after-talks'));
  });

  it('is dropped when a change means the negotiate outcome is no longer reached', () => {
    const actor = actorAt({ ...talks, reply: 'enough' });

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
    const actor = actorAt({ ...talks, reply: 'enough' });

    actor.send({ type: 'nav.change', question: 'salary-gap' });
    actor.send(answer({ question: 'salary-gap', answer: 'unsure' }));

    expect(viewOf(actor.getSnapshot())).toEqual(outcomeView('negotiate', 'negotiate'));
    expect(actor.getSnapshot().context.answers.reply).toBe('enough');
    actor.send({ type: 'reply.opened' });
    expect(viewOf(actor.getSnapshot())).toEqual(questionView('reply'));
  });

  it('ignores a reply to a question that is not on screen', () => {
    expect(viewAfter(talks, answer({ question: 'reply', answer: 'enough' }))).toEqual(
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
