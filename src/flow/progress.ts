/**
 * Honest progress under branching: "question n of (up to) m", worked out by
 * exploring the machine from the current view. Only question pages need it,
 * so it lives apart from the views the first page loads.
 */
import type { GuideEvent, GuideSnapshot } from './machine';
import { CONCERN_IDS, FOLLOW_UPS, NO_CONCERNS, OPTION_IDS, type QuestionId } from './questions';
import { encodeAnswers } from './share-link';
import { answersOnPath, initialSnapshot, next, viewOf } from './view';

/** Candidate answers used to explore the paths still possible from a question. */
function candidateAnswers(question: QuestionId): readonly GuideEvent[] {
  // For `concerns`, single concerns and `none` reach every route: a set of
  // concerns never asks more questions than its longest single member
  // (view.test.ts checks this against every subset).
  const values =
    question === 'concerns'
      ? [...CONCERN_IDS.map((c) => [c]), [NO_CONCERNS]]
      : OPTION_IDS[question];
  return values.map((answer) => ({ type: 'answer.submitted', question, answer }) as GuideEvent);
}

/**
 * Counts already made, by question and the answers on the path (which alone
 * decide where the guide can go). Exploring from the first question takes
 * hundreds of transitions; each page is met again and again (Back, Change,
 * Start again), so it is counted once.
 */
const remainingByPath = new Map<string, { min: number; max: number }>();
const REMEMBERED_COUNTS = 1000;

/** What a count is remembered by: the question, and the answers on the path to it. */
const keyOf = (question: QuestionId, snapshot: GuideSnapshot): string =>
  `${question}${encodeAnswers(answersOnPath(snapshot))}`;

/** The fewest and most questions still to come after this view, over every answer left. */
function remaining(snapshot: GuideSnapshot): { min: number; max: number } {
  const view = viewOf(snapshot);
  if (view.kind !== 'question') return { min: 0, max: 0 };
  const key = keyOf(view.question, snapshot);
  const known = remainingByPath.get(key);
  if (known) return known;
  let min = Infinity;
  let max = 0;
  for (const event of candidateAnswers(view.question)) {
    const after = next(snapshot, event);
    const rest = remaining(after);
    const more = viewOf(after).kind === 'question' ? 1 : 0;
    min = Math.min(min, more + rest.min);
    max = Math.max(max, more + rest.max);
  }
  if (remainingByPath.size >= REMEMBERED_COUNTS) remainingByPath.clear();
  remainingByPath.set(key, { min, max });
  return { min, max };
}

/** Where the person is: question `number` of `total` (exact) or of up to `total`. */
export interface Progress {
  readonly number: number;
  readonly total: number;
  readonly exact: boolean;
}

/**
 * Honest progress under branching: the total is the longest path still
 * possible from here, so it only ever shrinks as the person goes on. A
 * follow-up question, asked from an outcome, is never counted as one to
 * come (no answer leads to it), and has no progress of its own.
 */
export function progressOf(snapshot: GuideSnapshot): Progress | undefined {
  const view = viewOf(snapshot);
  if (view.kind !== 'question' || FOLLOW_UPS.has(view.question)) return undefined;
  const number = snapshot.context.path.length + 1;
  const { min, max } = remaining(snapshot);
  return { number, total: number + max, exact: min === max };
}

/**
 * Counting from the first question explores every path the guide has: about
 * 14 ms on a fast machine the first time, several times that on a slow phone,
 * so the step to the first question should not wait for it. This counts
 * ahead, a transition at a time: each `next()` of the iterator takes one
 * step of the machine, or counts one question whose later questions are
 * counted already, so the caller can spread the work over idle tasks. Once
 * it is done, every count from the first question is known.
 */
export function* countingAhead(): Generator<void, void, undefined> {
  yield* countFrom(next(initialSnapshot(), { type: 'guide.started' }));
}

function* countFrom(snapshot: GuideSnapshot): Generator<void, void, undefined> {
  const view = viewOf(snapshot);
  if (view.kind !== 'question' || remainingByPath.has(keyOf(view.question, snapshot))) return;
  for (const event of candidateAnswers(view.question)) {
    const after = next(snapshot, event);
    yield;
    yield* countFrom(after);
  }
  remaining(snapshot);
  yield;
}
