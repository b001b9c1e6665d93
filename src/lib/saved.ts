/**
 * What the guide keeps in storage between visits, and the checks it passes
 * before the guide trusts it. Nothing here is trusted until `parseSaved` says so.
 */
import { QUESTION_IDS, isQuestionId, isValidAnswer, type Answers } from '../flow/questions';
import { keepAnswersStillAsked } from '../flow/rules';
import { isMessageDraft, type MessageDraft } from './draft';
import { encodeAnswers } from './share-link';

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

const RECORD_KEYS = ['v', 'answers', 'at', 'start', 'draft'];

function hasExactly(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

/**
 * Whether the answers could have come from the guide itself: the guide only
 * ever remembers answers still asked given the others (so stale ones cannot
 * sneak back in), `at` is part of what it remembers, and the start view has
 * no answers on its path.
 */
function isConsistent(answers: Answers, at: Answers, start: boolean): boolean {
  if (encodeAnswers(keepAnswersStillAsked(answers)) !== encodeAnswers(answers)) return false;
  const remembered = answers as Record<string, unknown>;
  const onPath = Object.entries(at);
  if (start && onPath.length > 0) return false;
  return onPath.every(([q, answer]) => JSON.stringify(remembered[q]) === JSON.stringify(answer));
}

/**
 * The saved guide, or undefined when it is of another version or shape, or
 * holds anything the guide would not have written (an extra key, answers that
 * contradict each other). Whether `at` still leads to a view is checked by
 * replaying it through the machine, where it is used.
 */
export function parseSaved(value: unknown): SavedGuide | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (!hasExactly(record, RECORD_KEYS)) return undefined;
  if (record.v !== SAVED_VERSION || typeof record.start !== 'boolean') return undefined;
  const answers = parseAnswers(record.answers);
  const at = parseAnswers(record.at);
  if (!answers || !at || !isMessageDraft(record.draft)) return undefined;
  if (!isConsistent(answers, at, record.start)) return undefined;
  return { v: SAVED_VERSION, answers, at, start: record.start, draft: record.draft };
}
