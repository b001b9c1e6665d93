import { questions } from '../../content';
import type { AnswerValue, QuestionId } from '../../flow/questions';

/** An answer as the person reads it: the label of each option chosen, in order. */
export function answerLabels(question: QuestionId, answer: AnswerValue<QuestionId>): string[] {
  const options = questions[question].options as Record<string, { label: string }>;
  const ids: readonly string[] = typeof answer === 'string' ? [answer] : answer;
  return ids.map((id) => options[id]?.label ?? id);
}
