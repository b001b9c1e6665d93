/**
 * The link notice's sentence, loaded (with its words and the question labels)
 * only when a link had parts the guide could not use.
 */
import { linkNotices } from '../content/link-notices';
import { questions } from '../content/questions';
import type { LinkProblem } from '../flow/link';
import { QUESTION_IDS, isQuestionId, type QuestionId } from '../flow/questions';

/** What the notice names: questions whose answers were (partly) left out, and how many other parts were. */
export interface IgnoredParts {
  /** In the order the guide asks them, each once. */
  readonly questions: readonly QuestionId[];
  /** Unknown keys, a fragment, a path the guide did not make, and other pieces that name no question. */
  readonly others: number;
}

/**
 * Sorts a link's problems for the notice. Only question ids are named: other
 * keys come from whoever wrote the link, so they are counted, never echoed.
 */
export function ignoredParts(problems: readonly LinkProblem[]): IgnoredParts {
  const named = new Set<string>();
  let others = 0;
  for (const { key } of problems) {
    if (isQuestionId(key)) named.add(key);
    else others++;
  }
  return { questions: QUESTION_IDS.filter((q) => named.has(q)), others };
}

export function linkNotice(problems: readonly LinkProblem[]): string {
  const { questions: named, others } = ignoredParts(problems);
  return linkNotices.ignored(
    named.map((question) => questions[question].summaryLabel),
    others,
  );
}
