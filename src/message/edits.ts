/**
 * The person's own edits to the finished message, one per format, kept with
 * the draft. Each remembers which suggested text it was made from (`basis`, a
 * short fingerprint), so the composer can tell when the suggestion has since
 * changed (other answers, other blanks) and ask before replacing the edits.
 */
import { hasExactly, isPlainObject } from './shape';

/** The edited email: subject line and body, as the person left them. */
export interface EmailEdit {
  readonly subject: string;
  readonly body: string;
  /** The fingerprint of the suggested text these edits started from. */
  readonly basis: string;
}

/** The edited talking points or short message, as one text. */
export interface TextEdit {
  readonly text: string;
  /** The fingerprint of the suggested text these edits started from. */
  readonly basis: string;
}

/** Edits per format; a format with no entry shows the suggested text. */
export interface MessageEdits {
  readonly email?: EmailEdit;
  readonly call?: TextEdit;
  readonly message?: TextEdit;
}

export type EditedFormat = keyof MessageEdits;

/**
 * A fingerprint of a text (FNV-1a over its UTF-16 code units, 8 hex digits):
 * enough to see that a suggestion changed, and nothing of the text itself.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const BASIS = /^[0-9a-f]{8}$/;

function isEmailEdit(value: unknown): value is EmailEdit {
  if (!isPlainObject(value) || !hasExactly(value, ['subject', 'body', 'basis'])) return false;
  const { subject, body, basis } = value;
  return (
    typeof subject === 'string' &&
    typeof body === 'string' &&
    typeof basis === 'string' &&
    BASIS.test(basis)
  );
}

function isTextEdit(value: unknown): value is TextEdit {
  if (!isPlainObject(value) || !hasExactly(value, ['text', 'basis'])) return false;
  const { text, basis } = value;
  return typeof text === 'string' && typeof basis === 'string' && BASIS.test(basis);
}

/** Whether a value read back from storage is edits the guide could have written. */
export function isMessageEdits(value: unknown): value is MessageEdits {
  if (!isPlainObject(value)) return false;
  return Object.entries(value).every(([format, edit]) => {
    if (format === 'email') return isEmailEdit(edit);
    if (format === 'call' || format === 'message') return isTextEdit(edit);
    return false;
  });
}

/** The edits with one format's entry replaced, or removed when `edit` is undefined. */
export function withEdit<F extends EditedFormat>(
  edits: MessageEdits | undefined,
  format: F,
  edit: MessageEdits[F] | undefined,
): MessageEdits {
  const next: Record<string, unknown> = { ...edits };
  if (edit === undefined) delete next[format];
  else next[format] = edit;
  return next as MessageEdits;
}
