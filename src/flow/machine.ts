/**
 * The guide as a state machine: one state per question (named after its id),
 * the outcomes under one parent with one leaf per message template. It only
 * routes; every decision is a named rule from `./rules`. The `negotiate`
 * message leads on to the follow-up `reply` question, whose answer settles it;
 * a decline that closes a real opportunity leads on to `pushback`, whose
 * answer keeps the no with `hold-decline`. Both open with `reply.opened`: the
 * recruiter replied, and the person came back to say how.
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import {
  isValidAnswer,
  type AnswerValue,
  type Answers,
  type OptionId,
  type OutcomeId,
  type QuestionId,
  type TemplateId,
} from './questions';
import * as rules from './rules';

/** The person answered the question now on screen. */
export type AnswerSubmitted = {
  [Q in QuestionId]: { type: 'answer.submitted'; question: Q; answer: AnswerValue<Q> };
}[QuestionId];

export type GuideEvent =
  | { type: 'guide.started' }
  | AnswerSubmitted
  | { type: 'reply.opened' }
  | { type: 'nav.back' }
  | { type: 'nav.change'; question: QuestionId }
  | { type: 'guide.restarted' };

export interface GuideContext {
  /** Every answer still remembered, including later ones kept to pre-fill after a change. */
  readonly answers: Answers;
  /** The questions asked before the current view, in order: Back walks this. */
  readonly path: readonly QuestionId[];
}

/** What a state's `meta` says about it. */
export interface GuideMeta {
  readonly question?: QuestionId;
  readonly outcome?: OutcomeId;
  readonly template?: TemplateId;
}

type GuardArgs = { context: GuideContext; event: GuideEvent };

/** The answers as they stand once the submitted answer is recorded. */
function answersAfter({ context, event }: GuardArgs): Answers {
  if (event.type !== 'answer.submitted') return context.answers;
  return rules.keepAnswersStillAsked({ ...context.answers, [event.question]: event.answer });
}

function onAnswers(rule: rules.Rule) {
  return (args: GuardArgs) => rule(answersAfter(args));
}

const back = (question: QuestionId) => ({
  guard: { type: 'cameFrom', params: { question } } as const,
  target: `#guide.${question}`,
  actions: 'stepBack' as const,
});

const backTransitions = [
  back('stage'),
  back('concerns'),
  back('negotiable'),
  back('salary-gap'),
  back('employer-interest'),
  back('reply'),
  back('pushback'),
] as const;

const change = (question: QuestionId) => ({
  guard: { type: 'hasAsked', params: { question } } as const,
  target: `#guide.${question}`,
  actions: 'rewindTo' as const,
});

/** A decline that closes a real opportunity offers the follow-up `pushback` question. */
const heardBackToNo = { 'reply.opened': { target: '#guide.pushback' } } as const;

function answered(question: QuestionId) {
  return { type: 'answers', params: { question } } as const;
}

export const guideMachine = setup({
  types: {
    context: {} as GuideContext,
    events: {} as GuideEvent,
    meta: {} as GuideMeta,
  },
  guards: {
    answers: ({ event }, params: { question: QuestionId }) =>
      event.type === 'answer.submitted' &&
      event.question === params.question &&
      isValidAnswer(event.question, event.answer),
    cameFrom: ({ context }, params: { question: QuestionId }) =>
      context.path.at(-1) === params.question,
    hasAsked: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'nav.change' &&
      event.question === params.question &&
      context.path.includes(params.question),
    hasNoConcerns: onAnswers(rules.hasNoConcerns),
    isNotLegitimate: onAnswers(rules.isNotLegitimate),
    asksNegotiable: onAnswers(rules.asksNegotiable),
    asksSalaryGap: onAnswers(rules.asksSalaryGap),
    asksEmployerInterest: onAnswers(rules.asksEmployerInterest),
    leadsToNegotiation: onAnswers(rules.leadsToNegotiation),
    likesEmployer: onAnswers(rules.likesEmployer),
    wasOfferedEnough: onAnswers(rules.wasOfferedEnough),
    hasHeardBack: onAnswers(rules.hasHeardBack),
    isAtStage: ({ context }, params: { stage: OptionId<'stage'> }) =>
      rules.isAtStage(params.stage)(context.answers),
  },
  actions: {
    record: assign(({ context, event }) => {
      if (event.type !== 'answer.submitted') return {};
      return {
        answers: answersAfter({ context, event }),
        path: [...context.path, event.question],
      };
    }),
    stepBack: assign(({ context }) => ({ path: context.path.slice(0, -1) })),
    rewindTo: assign(({ context, event }) => {
      if (event.type !== 'nav.change') return {};
      return { path: context.path.slice(0, context.path.indexOf(event.question)) };
    }),
    reset: assign(() => ({ answers: {}, path: [] })),
  },
}).createMachine({
  id: 'guide',
  initial: 'start',
  context: { answers: {}, path: [] },
  on: {
    'guide.restarted': { target: '.start', actions: 'reset' },
    'nav.change': [
      change('stage'),
      change('concerns'),
      change('negotiable'),
      change('salary-gap'),
      change('employer-interest'),
      change('reply'),
      change('pushback'),
    ],
  },
  states: {
    start: {
      on: { 'guide.started': 'stage' },
    },
    stage: {
      meta: { question: 'stage' },
      on: {
        'nav.back': { target: 'start' },
        'answer.submitted': { guard: answered('stage'), target: 'concerns', actions: 'record' },
      },
    },
    concerns: {
      meta: { question: 'concerns' },
      on: {
        'nav.back': backTransitions,
        'answer.submitted': [
          {
            guard: and([answered('concerns'), 'hasNoConcerns']),
            target: 'outcome.interview',
            actions: 'record',
          },
          {
            guard: and([answered('concerns'), 'isNotLegitimate']),
            target: 'outcome.decline',
            actions: 'record',
          },
          {
            guard: and([answered('concerns'), 'asksNegotiable']),
            target: 'negotiable',
            actions: 'record',
          },
          {
            guard: and([answered('concerns'), 'asksEmployerInterest']),
            target: 'employer-interest',
            actions: 'record',
          },
          { guard: answered('concerns'), target: 'outcome.decline', actions: 'record' },
        ],
      },
    },
    negotiable: {
      meta: { question: 'negotiable' },
      on: {
        'nav.back': backTransitions,
        'answer.submitted': [
          {
            guard: and([answered('negotiable'), 'asksSalaryGap']),
            target: 'salary-gap',
            actions: 'record',
          },
          {
            guard: and([answered('negotiable'), 'leadsToNegotiation']),
            target: 'outcome.negotiate',
            actions: 'record',
          },
          // Only negotiable concerns lead here, and none is about the employer.
          { guard: answered('negotiable'), target: 'employer-interest', actions: 'record' },
        ],
      },
    },
    'salary-gap': {
      meta: { question: 'salary-gap' },
      on: {
        'nav.back': backTransitions,
        'answer.submitted': [
          {
            guard: and([answered('salary-gap'), 'leadsToNegotiation']),
            target: 'outcome.negotiate',
            actions: 'record',
          },
          { guard: answered('salary-gap'), target: 'employer-interest', actions: 'record' },
        ],
      },
    },
    'employer-interest': {
      meta: { question: 'employer-interest' },
      on: {
        'nav.back': backTransitions,
        'answer.submitted': {
          guard: answered('employer-interest'),
          target: 'outcome.decline',
          actions: 'record',
        },
      },
    },
    reply: {
      meta: { question: 'reply' },
      on: {
        // Asked from the negotiate outcome, so Back returns there, with the path as it was.
        'nav.back': { target: '#guide.outcome.negotiate' },
        'answer.submitted': [
          {
            guard: and([answered('reply'), 'wasOfferedEnough']),
            target: 'outcome.interview',
            actions: 'record',
          },
          { guard: answered('reply'), target: 'outcome.decline', actions: 'record' },
        ],
      },
    },
    pushback: {
      meta: { question: 'pushback' },
      on: {
        // Asked from a decline, so Back returns there; its message is chosen again from the answers.
        'nav.back': { target: '#guide.outcome.decline' },
        // Straight to its message: the decline chooses among the first messages only.
        'answer.submitted': {
          guard: answered('pushback'),
          target: 'outcome.decline.hold-decline',
          actions: 'record',
        },
      },
    },
    outcome: {
      // XState requires an initial child; every transition here names its outcome.
      initial: 'interview',
      on: { 'nav.back': backTransitions },
      states: {
        interview: {
          initial: 'choosing',
          meta: { outcome: 'interview' },
          states: {
            choosing: {
              always: [
                { guard: 'hasHeardBack', target: 'accept-after-talks' },
                { target: 'accept-interview' },
              ],
            },
            'accept-interview': { meta: { template: 'accept-interview' } },
            'accept-after-talks': { meta: { template: 'accept-after-talks' } },
          },
        },
        negotiate: {
          initial: 'negotiate',
          meta: { outcome: 'negotiate' },
          states: {
            negotiate: {
              meta: { template: 'negotiate' },
              on: { 'reply.opened': { target: '#guide.reply' } },
            },
          },
        },
        decline: {
          initial: 'choosing',
          meta: { outcome: 'decline' },
          states: {
            choosing: {
              always: [
                { guard: 'hasHeardBack', target: 'decline-after-talks' },
                { guard: 'isNotLegitimate', target: 'decline-brief' },
                { guard: 'likesEmployer', target: 'keep-door-open' },
                {
                  guard: { type: 'isAtStage', params: { stage: 'outreach' } },
                  target: 'decline-outreach',
                },
                {
                  guard: { type: 'isAtStage', params: { stage: 'applied' } },
                  target: 'decline-first-interview',
                },
                { target: 'withdraw' },
              ],
            },
            'decline-brief': { meta: { template: 'decline-brief' } },
            'keep-door-open': { meta: { template: 'keep-door-open' }, on: heardBackToNo },
            'decline-outreach': { meta: { template: 'decline-outreach' }, on: heardBackToNo },
            'decline-first-interview': {
              meta: { template: 'decline-first-interview' },
              on: heardBackToNo,
            },
            withdraw: { meta: { template: 'withdraw' }, on: heardBackToNo },
            'decline-after-talks': { meta: { template: 'decline-after-talks' } },
            'hold-decline': { meta: { template: 'hold-decline' } },
          },
        },
      },
    },
  },
});

export type GuideSnapshot = SnapshotFrom<typeof guideMachine>;
