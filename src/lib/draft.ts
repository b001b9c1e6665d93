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

/** Whether a value read back from storage is a usable draft. */
export function isMessageDraft(value: unknown): value is MessageDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { fields, reason, format } = value as Record<string, unknown>;
  if (format !== 'email' && format !== 'call') return false;
  if (reason !== null && !(typeof reason === 'string' && isShareable(reason))) return false;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return false;
  return Object.entries(fields).every(
    ([key, text]) => (FIELD_IDS as readonly string[]).includes(key) && typeof text === 'string',
  );
}
