/**
 * What the guide keeps in storage between visits, and the checks it passes
 * before the guide trusts it. Nothing here is trusted until `parseSaved` says so.
 */
import { QUESTION_IDS, isQuestionId, isValidAnswer, type Answers } from '../flow/questions';
import { isMessageDraft, type MessageDraft } from './draft';

export const SAVED_VERSION = 1;
export const SAVED_KEY = 'decline-guide';

export interface SavedGuide {
  readonly v: typeof SAVED_VERSION;
  /** Every answer remembered, including later ones kept to pre-fill. */
  readonly answers: Answers;
  /** The answers that lead to the view the person was on. */
  readonly at: Answers;
  /** With no answers in `at`: the start view rather than the first question. */
  readonly start: boolean;
  readonly draft: MessageDraft;
}

function parseAnswers(value: unknown): Answers | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (!entries.every(([key, answer]) => isQuestionId(key) && isValidAnswer(key, answer))) {
    return undefined;
  }
  return Object.fromEntries(
    QUESTION_IDS.filter((q) => q in value).map((q) => [q, (value as Record<string, unknown>)[q]]),
  ) as Answers;
}

/** The saved guide, or undefined when it is of another version or shape. */
export function parseSaved(value: unknown): SavedGuide | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.v !== SAVED_VERSION || typeof record.start !== 'boolean') return undefined;
  const answers = parseAnswers(record.answers);
  const at = parseAnswers(record.at);
  if (!answers || !at || !isMessageDraft(record.draft)) return undefined;
  return { v: SAVED_VERSION, answers, at, start: record.start, draft: record.draft };
}
