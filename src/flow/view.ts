/**
 * Pure readers of a guide snapshot, and replaying answers through the machine.
 * The UI, the URL and storage all read the guide through these.
 */
import { initialTransition, transition } from 'xstate';
import { guideMachine, type GuideEvent, type GuideMeta, type GuideSnapshot } from './machine';
import {
  FOLLOW_UPS,
  QUESTION_IDS,
  type Answers,
  type OutcomeId,
  type QuestionId,
  type TemplateId,
} from './questions';

/** What the guide is showing: the start, a question, or an outcome with its template. */
export type View =
  | { readonly kind: 'start' }
  | { readonly kind: 'question'; readonly question: QuestionId }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeId; readonly template: TemplateId };

function metaOf(snapshot: GuideSnapshot): GuideMeta {
  return Object.assign({}, ...Object.values(snapshot.getMeta())) as GuideMeta;
}

/** The view a snapshot stands for. */
export function viewOf(snapshot: GuideSnapshot): View {
  const meta = metaOf(snapshot);
  if (meta.question) return { kind: 'question', question: meta.question };
  if (meta.outcome && meta.template) {
    return { kind: 'outcome', outcome: meta.outcome, template: meta.template };
  }
  return { kind: 'start' };
}

/** The answers that led to this view: those of the questions asked so far. */
export function answersOnPath(snapshot: GuideSnapshot): Answers {
  const onPath: Record<string, unknown> = {};
  for (const question of snapshot.context.path) {
    onPath[question] = snapshot.context.answers[question];
  }
  return onPath as Answers;
}

/** The first snapshot of a fresh guide. */
export function initialSnapshot(): GuideSnapshot {
  return initialTransition(guideMachine)[0];
}

/** The snapshot after one event (pure; the actor is not involved). */
export function next(snapshot: GuideSnapshot, event: GuideEvent): GuideSnapshot {
  return transition(guideMachine, snapshot, event)[0];
}

/** Where a navigation ended, and how it got there. */
export interface Navigation {
  readonly snapshot: GuideSnapshot;
  /** The machine events that lead there from the snapshot navigated from. */
  readonly events: readonly GuideEvent[];
  /** Questions whose answers were given but not on the path the others lead to. */
  readonly offPath: readonly QuestionId[];
}

function sameAnswer(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Which of two views that share their answers to choose. */
export interface ViewChoice {
  /** With no answers: the start view rather than the first question. */
  readonly start?: boolean;
  /** At an outcome that offers a follow-up question: that question rather than the outcome. */
  readonly followUp?: boolean;
}

/**
 * Which view a snapshot shows of those its answers could stand for: what a
 * history entry keeps beside the answers in its URL.
 */
export function choiceOf(snapshot: GuideSnapshot): Required<ViewChoice> {
  const view = viewOf(snapshot);
  return {
    start: view.kind === 'start',
    followUp: view.kind === 'question' && FOLLOW_UPS.has(view.question),
  };
}

/** The follow-up question this outcome offers (`reply` after negotiating, `pushback` after a no), if any. */
export function followUpOf(snapshot: GuideSnapshot): QuestionId | undefined {
  if (!offersFollowUp(snapshot)) return undefined;
  const opened = viewOf(next(snapshot, { type: 'reply.opened' }));
  return opened.kind === 'question' ? opened.question : undefined;
}

/** Whether the snapshot shows an outcome that offers a follow-up question. */
export function offersFollowUp(snapshot: GuideSnapshot): boolean {
  // The cheap test first: replaying a link asks this at every step.
  return viewOf(snapshot).kind === 'outcome' && snapshot.can({ type: 'reply.opened' });
}

/**
 * Moves to the view that `target` leads to, with the machine's own events:
 * Back to the last question both agree on, then each answer in turn (opening
 * a follow-up question from its outcome when it is answered, or chosen).
 * Answers remembered on the way stay remembered, to pre-fill later questions.
 * With no target answers, `start` chooses the start view over the first
 * question; at an outcome that offers a follow-up, `followUp` chooses it.
 */
export function navigate(
  from: GuideSnapshot,
  target: Answers,
  { start = false, followUp = false }: ViewChoice = {},
): Navigation {
  const events: GuideEvent[] = [];
  let snapshot = from;
  const send = (event: GuideEvent) => {
    events.push(event);
    snapshot = next(snapshot, event);
  };

  const path = snapshot.context.path;
  let agreed = 0;
  while (agreed < path.length) {
    const question = path[agreed]!;
    if (!sameAnswer(snapshot.context.answers[question], target[question])) break;
    agreed++;
  }
  // Each outcome offers its own follow-up: open it when chosen, or when its answer is given.
  const wantsFollowUp = (question: QuestionId) => followUp || target[question] !== undefined;
  // Back from a follow-up question is to the outcome it was opened from, which keeps the path.
  for (;;) {
    const view = viewOf(snapshot);
    const beyond = snapshot.context.path.length > agreed;
    const leaveFollowUp =
      view.kind === 'question' && FOLLOW_UPS.has(view.question) && !wantsFollowUp(view.question);
    if (!beyond && !leaveFollowUp) break;
    send({ type: 'nav.back' });
  }

  const given = QUESTION_IDS.filter((q) => target[q] !== undefined);
  const wantsStart = given.length === 0 && start;
  if (wantsStart) {
    if (viewOf(snapshot).kind !== 'start') send({ type: 'nav.back' });
  } else {
    if (viewOf(snapshot).kind === 'start') send({ type: 'guide.started' });
    for (;;) {
      if (offersFollowUp(snapshot)) {
        const opened = followUpOf(snapshot);
        if (!opened || !wantsFollowUp(opened)) break;
        send({ type: 'reply.opened' });
      }
      const view = viewOf(snapshot);
      if (view.kind !== 'question') break;
      const answer = target[view.question];
      if (answer === undefined) break;
      const before = snapshot;
      send({ type: 'answer.submitted', question: view.question, answer } as GuideEvent);
      // A recorded answer always extends the path; one the machine refused does not.
      if (snapshot.context.path.length === before.context.path.length) {
        events.pop();
        break;
      }
    }
  }

  const used = new Set(snapshot.context.path);
  return { snapshot, events, offPath: given.filter((q) => !used.has(q)) };
}
