/**
 * The query strings of earlier views, for the Back link and the Change
 * links: plain links, so they work before the guide's code has run and open
 * in a new tab.
 */
import type { GuideSnapshot } from '../flow/machine';
import type { Answers, QuestionId } from '../flow/questions';
import { encodeAnswers } from '../flow/share-link';
import { choiceOf } from '../flow/view';

/** The answers given before the `index`th question on the path. */
function answersBefore(snapshot: GuideSnapshot, answers: Answers, index: number): string {
  const given = answers as Record<string, unknown>;
  return encodeAnswers(
    Object.fromEntries(
      snapshot.context.path.slice(0, Math.max(index, 0)).map((q) => [q, given[q]]),
    ) as Answers,
  );
}

/** The view before this one; `answers` are those on its path. */
export function backLink(snapshot: GuideSnapshot, answers: Answers): string {
  // Back from a follow-up question is to the outcome it shares its answers with.
  if (choiceOf(snapshot).followUp) return encodeAnswers(answers);
  return answersBefore(snapshot, answers, snapshot.context.path.length - 1);
}

/** An earlier question's page, to change its answer. */
export function changeLink(
  snapshot: GuideSnapshot,
  answers: Answers,
  question: QuestionId,
): string {
  return answersBefore(snapshot, answers, snapshot.context.path.indexOf(question));
}
