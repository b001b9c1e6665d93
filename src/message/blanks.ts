/**
 * The blanks of a message as the person sees them: the placeholder an empty
 * one shows, where those placeholders sit in text the person edited, and which
 * blanks are still empty in what will be sent.
 */
import { outcomeUi } from '../content';
import { OPTIONAL_FIELD_IDS } from '../flow/fields';
import {
  formatSegments,
  type FieldId,
  type MessageFormat,
  type RenderedMessage,
  type Segment,
} from './render';

/** Blanks the message reads well without: never warned about when empty. */
const OPTIONAL_FIELDS: ReadonlySet<FieldId> = OPTIONAL_FIELD_IDS;

/** The text of a blank still to fill, as the renderer shows it (and as it stays in edited text). */
export function placeholderText(field: FieldId): string {
  return `[${outcomeUi.composer.placeholders[field]}]`;
}

/**
 * Splits edited text into segments so the blanks still in it are marked as
 * they are in the suggestion; everything else stays literal text.
 */
export function editedSegments(text: string, fields: readonly FieldId[]): Segment[] {
  const segments: Segment[] = [];
  let rest = text;
  while (rest) {
    let best: { field: FieldId; at: number } | undefined;
    for (const field of fields) {
      const at = rest.indexOf(placeholderText(field));
      if (at >= 0 && (!best || at < best.at)) best = { field, at };
    }
    if (!best) {
      segments.push({ kind: 'text', text: rest });
      break;
    }
    const blank = placeholderText(best.field);
    if (best.at > 0) segments.push({ kind: 'text', text: rest.slice(0, best.at) });
    segments.push({ kind: 'blank', field: best.field, text: blank, filled: false });
    rest = rest.slice(best.at + blank.length);
  }
  return segments;
}

/**
 * The blanks still empty in the message as it will be sent, in the order of
 * `fields` (the blanks the message uses): placeholders left in the person's
 * edited text when there is some, else the unfilled blanks of the suggestion
 * in that format. The talking points have no subject or sign-off, so a call
 * may have fewer than the email. Optional blanks are never listed.
 */
export function emptyBlanks(
  fields: readonly FieldId[],
  rendered: RenderedMessage,
  format: MessageFormat,
  editedText: string | undefined,
): readonly FieldId[] {
  const required = fields.filter((field) => !OPTIONAL_FIELDS.has(field));
  if (editedText !== undefined) {
    return required.filter((field) => editedText.includes(placeholderText(field)));
  }
  const unfilled = formatSegments(rendered, format).flatMap((s) =>
    s.kind === 'blank' && !s.filled ? [s.field] : [],
  );
  return required.filter((field) => unfilled.includes(field));
}
