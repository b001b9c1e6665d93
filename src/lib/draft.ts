/**
 * The message the person is composing: what they typed, the reason they chose
 * and the format. It lives in memory and in storage, never in the URL.
 */
import { isShareable, type ShareableConcernId } from '../flow/questions';
import { FIELD_IDS, type Fields } from './fields';

export type MessageFormat = 'email' | 'call';

export interface MessageDraft {
  readonly fields: Fields;
  /** The chosen shareable reason, or null for none. */
  readonly reason: ShareableConcernId | null;
  readonly format: MessageFormat;
}

/** The most characters a field holds before the person is asked to shorten it. */
export const FIELD_MAX_LENGTH = 120;

export const emptyDraft: MessageDraft = { fields: {}, reason: null, format: 'email' };

/**
 * How long a text is as the person sees it: user-perceived characters
 * (grapheme clusters), so an emoji built from several code points, or a
 * letter with a combining accent, counts once.
 */
export function textLength(text: string): number {
  if (typeof Intl.Segmenter !== 'function') return [...text].length;
  return [...new Intl.Segmenter().segment(text)].length;
}

/** Whether a field's text is over FIELD_MAX_LENGTH; such text is kept, never cut. */
export function isTooLong(text: string): boolean {
  return text.length > FIELD_MAX_LENGTH && textLength(text) > FIELD_MAX_LENGTH;
}

const DRAFT_KEYS: readonly string[] = ['fields', 'reason', 'format'];

/** Whether a value read back from storage is a usable draft, with nothing the guide would not write. */
export function isMessageDraft(value: unknown): value is MessageDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!Object.keys(value).every((key) => DRAFT_KEYS.includes(key))) return false;
  const { fields, reason, format } = value as Record<string, unknown>;
  if (format !== 'email' && format !== 'call') return false;
  if (reason !== null && !(typeof reason === 'string' && isShareable(reason))) return false;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  return Object.entries(fields).every(
    ([key, text]) => (FIELD_IDS as readonly string[]).includes(key) && typeof text === 'string',
  );
}
