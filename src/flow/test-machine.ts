/**
 * Test only: driving the guide's machine in the machine tests — an actor
 * started at a set of answers (replayed through the test model), an answer
 * event, the view after some events, and the views they expect.
 */
import { createActor } from 'xstate';
import { guideMachine, type GuideEvent } from './machine';
import type { Answers } from './questions';
import { viewOf } from './view';
import { replay } from './test-model';

export function actorAt(answers: Answers) {
  const actor = createActor(guideMachine, { snapshot: replay(answers).snapshot });
  actor.start();
  return actor;
}

export function answer(
  event: Omit<Extract<GuideEvent, { type: 'answer.submitted' }>, 'type'>,
): GuideEvent {
  return { type: 'answer.submitted', ...event } as GuideEvent;
}

export function viewAfter(answers: Answers, ...events: GuideEvent[]) {
  const actor = actorAt(answers);
  for (const event of events) actor.send(event);
  return viewOf(actor.getSnapshot());
}

export const questionView = (question: string) => ({ kind: 'question', question });
export const outcomeView = (outcome: string, template: string) => ({
  kind: 'outcome',
  outcome,
  template,
});
