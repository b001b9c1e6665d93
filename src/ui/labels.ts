import { questions, ui } from '../content';
import type { AnswerValue, QuestionId } from '../flow/questions';

/** An answer as the person would read it: its option labels, joined into one line. */
export function answerLabel(question: QuestionId, answer: AnswerValue<QuestionId>): string {
  const options = questions[question].options as Record<string, { label: string }>;
  const ids: readonly string[] = typeof answer === 'string' ? [answer] : answer;
  return ui.yourAnswers.join(ids.map((id) => options[id]?.label ?? id));
}
