/**
 * What the guide keeps in storage between visits, and the checks it passes
 * before the guide trusts it. Nothing here is trusted until `parseSaved` says so.
 *
 * The record is kept for 30 days after it was last written (`SAVED_MAX_AGE_MS`);
 * an older one is dropped when the guide opens. A record the previous version
 * wrote (version 1: no date, no outcome) still opens: the machine works out
 * its outcome, and the guide writes it again in this version's form.
 */
import {
  OUTCOME_IDS,
  QUESTION_IDS,
  isQuestionId,
  isValidAnswer,
  type Answers,
  type OutcomeId,
} from '../flow/questions';
import { keepAnswersStillAsked } from '../flow/rules';
import { toMessageDraft, type MessageDraft } from '../message/draft';
import { hasExactly, isPlainObject } from '../message/shape';
import { encodeAnswers } from '../flow/share-link';

export const SAVED_VERSION = 2;
/** The storage key, from the guide's first name; kept so records already saved still open. */
export const SAVED_KEY = 'decline-guide';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many days a record is kept after it was last written. */
export const SAVED_MAX_AGE_DAYS = 30;
/** The same, in ms. */
export const SAVED_MAX_AGE_MS = SAVED_MAX_AGE_DAYS * DAY_MS;
/** A record dated further ahead than this was not written by this device's clock. */
const FUTURE_SLACK_MS = DAY_MS;

export interface SavedGuide {
  readonly v: typeof SAVED_VERSION;
  /** Every answer remembered, including later ones kept to pre-fill. */
  readonly answers: Answers;
  /** The answers that lead to the view the person was on. */
  readonly at: Answers;
  /** With no answers in `at`: the start view rather than the first question. */
  readonly start: boolean;
  readonly draft: MessageDraft;
  /**
   * The outcome `at` leads to, or null (a question, or the start view), so the
   * start page can say what is waiting before the machine has loaded. The
   * guide checks it against the machine when the machine loads.
   */
  readonly outcome: OutcomeId | null;
  /** When it was written, in ms since 1970 (`Date.now()`). */
  readonly savedAt: number;
}

/** A record the previous version wrote: the same, without `outcome` and `savedAt`. */
export type SavedGuideV1 = Omit<SavedGuide, 'v' | 'outcome' | 'savedAt'> & { readonly v: 1 };

/** A record read back: this version's, or the previous one's. */
export type ReadRecord = SavedGuide | SavedGuideV1;

function parseAnswers(value: unknown): Answers | undefined {
  if (!isPlainObject(value)) return undefined;
  const entries = Object.entries(value);
  if (!entries.every(([key, answer]) => isQuestionId(key) && isValidAnswer(key, answer))) {
    return undefined;
  }
  return Object.fromEntries(
    QUESTION_IDS.filter((q) => q in value).map((q) => [q, (value as Record<string, unknown>)[q]]),
  ) as Answers;
}

const V1_KEYS = ['v', 'answers', 'at', 'start', 'draft'];
const RECORD_KEYS = [...V1_KEYS, 'outcome', 'savedAt'];

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

function isOutcome(value: unknown): value is OutcomeId {
  return typeof value === 'string' && (OUTCOME_IDS as readonly string[]).includes(value);
}

/**
 * The saved guide, or undefined when it is of another version or shape, or
 * holds anything the guide would not have written (an extra key, answers that
 * contradict each other, an outcome on a view with no answers, a date that is
 * not one). Whether `at` still leads to a view, and to `outcome`, is checked
 * by replaying it through the machine, where it is used.
 */
export function parseSaved(value: unknown): ReadRecord | undefined {
  if (!isPlainObject(value)) return undefined;
  const record = value;
  const v1 = record.v === 1;
  if (!v1 && record.v !== SAVED_VERSION) return undefined;
  if (!hasExactly(record, v1 ? V1_KEYS : RECORD_KEYS)) return undefined;
  if (typeof record.start !== 'boolean') return undefined;
  const answers = parseAnswers(record.answers);
  const at = parseAnswers(record.at);
  // A draft saved before interviews could be booked is read as not booked, here, once.
  const draft = toMessageDraft(record.draft);
  if (!answers || !at || !draft) return undefined;
  if (!isConsistent(answers, at, record.start)) return undefined;
  const common = { answers, at, start: record.start, draft };
  if (v1) return { v: 1, ...common };
  const { outcome, savedAt } = record;
  if (outcome !== null && !isOutcome(outcome)) return undefined;
  // An outcome is reached by answering questions: never on a path with none.
  if (outcome !== null && Object.keys(at).length === 0) return undefined;
  if (typeof savedAt !== 'number' || !Number.isSafeInteger(savedAt) || savedAt < 0) {
    return undefined;
  }
  return { v: SAVED_VERSION, ...common, outcome, savedAt };
}

/**
 * How a record read back stands at `now`: still kept, too old (over 30 days
 * since it was written: exactly 30 days is still kept), or dated in the future
 * beyond any clock's drift. A previous version's record has no date: it counts
 * as kept, and gets one when the guide writes it again.
 */
export function ageOf(record: ReadRecord, now: number): 'kept' | 'expired' | 'future' {
  if (record.v === 1) return 'kept';
  if (record.savedAt - now > FUTURE_SLACK_MS) return 'future';
  return now - record.savedAt > SAVED_MAX_AGE_MS ? 'expired' : 'kept';
}

/**
 * Whether a record holds anything of the person's: answers, or words typed
 * into the message. A record of a fresh start view holds nothing, and is not
 * offered back.
 */
export function holdsAnything(record: ReadRecord): boolean {
  return (
    Object.keys(record.answers).length > 0 ||
    Object.values(record.draft.fields).some((text) => typeof text === 'string' && text !== '')
  );
}
