/**
 * The guide's test model, shared by the flow tests and the model-driven UI
 * test: which events to try in each state, and how to tell states apart.
 */
import { createTestModel } from 'xstate/graph';
import { guideMachine, type GuideEvent, type GuideSnapshot } from './machine';
import { OPTION_IDS, type AnswerValue } from './questions';
import {
  answersOnPath,
  initialSnapshot,
  navigate,
  offersFollowUp,
  viewOf,
  type Navigation,
} from './view';
import type { Answers } from './questions';

/**
 * The answers the app's, the machine's and the composer's tests reach the
 * negotiate outcome with: pay, negotiable, a reasonable gap.
 */
export const TO_NEGOTIATE = {
  stage: 'applied',
  concerns: ['salary'],
  negotiable: 'yes',
  'salary-gap': 'reasonable',
} as const;

/**
 * Concern sets that reach every route: nothing; one of each concern; the two
 * negotiable ones together; a negotiable one with a role concern, and with an
 * employer concern; an illegitimate approach alongside others. Every subset is
 * checked separately, exhaustively, in decision.test.ts.
 */
export const CONCERN_SAMPLES: readonly AnswerValue<'concerns'>[] = [
  ['none'],
  ...OPTION_IDS.concerns.filter((c) => c !== 'none').map((c) => [c]),
  ['salary', 'work-setup'],
  ['salary', 'career-goals'],
  ['work-setup', 'culture'],
  ['not-legitimate', 'salary', 'other-offer'],
];

/** The events worth trying from a snapshot: each answer, Back, Start again, and a follow-up. */
export function eventsFor(snapshot: GuideSnapshot): GuideEvent[] {
  const view = viewOf(snapshot);
  if (view.kind === 'start') return [{ type: 'guide.started' }];
  const events: GuideEvent[] = [{ type: 'nav.back' }];
  if (view.kind === 'question') {
    const answers = view.question === 'concerns' ? CONCERN_SAMPLES : OPTION_IDS[view.question];
    for (const answer of answers) {
      events.push({ type: 'answer.submitted', question: view.question, answer } as GuideEvent);
    }
  } else {
    events.push({ type: 'guide.restarted' });
    if (offersFollowUp(snapshot)) events.push({ type: 'reply.opened' });
  }
  return events;
}

/** States are told apart by where the guide is and the answers that led there. */
export function serializeSnapshot(snapshot: GuideSnapshot): string {
  return JSON.stringify([snapshot.value, answersOnPath(snapshot)]);
}

export function createGuideTestModel() {
  return createTestModel(guideMachine, {
    events: eventsFor,
    serializeState: serializeSnapshot,
  });
}

/**
 * Replays answers through the machine from the start, as far as they lead.
 * With no answers at all, the guide stays on its start view.
 */
export function replay(answers: Answers): Navigation {
  return navigate(initialSnapshot(), answers, { start: true });
}
