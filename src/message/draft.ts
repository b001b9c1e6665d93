/**
 * The message the person is composing: what they typed, the reason they chose
 * and the format. It lives in memory and in storage, never in the URL.
 */
import { isShareable, type ShareableConcernId } from '../flow/questions';
import { isMessageEdits, type MessageEdits } from './edits';
import { FIELD_IDS, isMessageFormat, type Fields, type MessageFormat } from '../flow/fields';

export type { MessageFormat };

export interface MessageDraft {
  readonly fields: Fields;
  /** The chosen shareable reason, or null for none. */
  readonly reason: ShareableConcernId | null;
  readonly format: MessageFormat;
  /**
   * Whether an interview is already booked (its time is `fields.interviewDate`).
   * A draft saved before this key existed has none: {@link toMessageDraft}
   * fills it in (false) where a saved draft is read, so every reader may trust it.
   */
  readonly booked: boolean;
  /**
   * Whether the booked interview's time doesn't work, so an interview message
   * asks to move it (`reschedule`) instead of confirming it. Absent in drafts
   * saved before it existed: read it as `draft.reschedule === true`.
   */
  readonly reschedule?: boolean;
  /**
   * The person's own edits to the finished text, per format; absent when the
   * suggested text is used as it is (and in drafts saved before editing).
   */
  readonly edits?: MessageEdits;
}

/** The most characters a field holds before the person is asked to shorten it. */
export const FIELD_MAX_LENGTH = 120;

export const emptyDraft: MessageDraft = {
  fields: {},
  reason: null,
  format: 'email',
  booked: false,
};

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

const DRAFT_KEYS: readonly string[] = [
  'fields',
  'reason',
  'format',
  'booked',
  'reschedule',
  'edits',
];

/**
 * Whether a value read back from storage is a usable draft, with nothing the
 * guide would not write. A draft saved by the previous version (no `booked`
 * key) is accepted; it means no interview is booked. So is one with no
 * `edits`; edits that are there must be edits the guide could have written.
 */
export function isMessageDraft(value: unknown): value is MessageDraft {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (!Object.keys(value).every((key) => DRAFT_KEYS.includes(key))) return false;
  const { fields, reason, format, booked, reschedule, edits } = value as Record<string, unknown>;
  if (!isMessageFormat(format)) return false;
  if (booked !== undefined && typeof booked !== 'boolean') return false;
  if (reschedule !== undefined && typeof reschedule !== 'boolean') return false;
  if (edits !== undefined && !isMessageEdits(edits)) return false;
  if (reason !== null && !(typeof reason === 'string' && isShareable(reason))) return false;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  return Object.entries(fields).every(
    ([key, text]) => (FIELD_IDS as readonly string[]).includes(key) && typeof text === 'string',
  );
}

/** A usable draft from a stored value, with `booked` filled in (false) when an older version saved it. */
export function toMessageDraft(value: unknown): MessageDraft | undefined {
  if (!isMessageDraft(value)) return undefined;
  return { ...value, booked: value.booked === true };
}
