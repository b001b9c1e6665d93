import type { Answers, TemplateId } from '../../flow/questions';
import type { Fields } from '../../flow/fields';
import { emptyBlanks } from '../../message/blanks';
import { composeMessage } from '../../message/compose';
import type { MessageDraft, MessageFormat } from '../../message/draft';
import type { MessageEdits } from '../../message/edits';
import {
  mailtoFits,
  mailtoHref,
  messageAsText,
  type FieldId,
  type RenderedMessage,
} from '../../message/render';

/** What the message is worked out from, besides the text typed into its blanks. */
export interface ComposedSource {
  readonly template: TemplateId;
  readonly answers: Answers;
  /** The draft's choices that shape the message, without the text typed into it. */
  readonly choices: MessageDraft;
  readonly format: MessageFormat;
  readonly edits: MessageEdits;
  readonly edited: boolean;
  /** The blanks the message uses, in FIELD_IDS order. */
  readonly fields: readonly FieldId[];
  /** The person's edits to the format shown as plain text, if any (`editedText`). */
  readonly editedText: string | undefined;
}

/**
 * The message worked out from the answers, the draft's choices and a given
 * text for its blanks: the composer keeps two, one from the blanks as typed
 * (what Copy, Share and the email link send) and one from the blanks as shown
 * (a paint behind, see `Trailing`), which the page displays. Each part is
 * worked out only when read.
 */
export class ComposedMessage {
  readonly #source: ComposedSource;
  readonly #typed: () => Fields;

  constructor(source: ComposedSource, typed: () => Fields) {
    this.#source = source;
    this.#typed = typed;
  }

  /** The message with the person's text and the guide's slots filled in: the suggestion. */
  readonly rendered: RenderedMessage = $derived.by(() => {
    const { template, answers, choices } = this.#source;
    return composeMessage(template, answers, { ...choices, fields: this.#typed() });
  });
  /** The suggested text in the format shown, as Copy would give it with no edits. */
  readonly suggestedText = $derived.by(() => messageAsText(this.rendered, this.#source.format));
  /** The email's subject line as it will be sent: edited, or suggested. */
  readonly subject = $derived.by(
    () => this.#source.edits.email?.subject ?? this.rendered.email.subject,
  );
  /** The email's body as it will be sent: edited, or suggested. */
  readonly body = $derived.by(() => this.#source.edits.email?.body ?? this.rendered.email.body);
  /** The talking points or short message as it will be sent (not the email). */
  readonly plainText = $derived.by(() => {
    const { format, edits } = this.#source;
    if (format === 'email') return '';
    return edits[format]?.text ?? messageAsText(this.rendered, format);
  });
  /** The message as plain text in the chosen format, for Copy, Download and Share. */
  readonly text = $derived.by(() => this.#source.editedText ?? this.suggestedText);
  /** The `mailto:` link for the email as it will be sent. */
  readonly mailto = $derived.by(() => mailtoHref('', { subject: this.subject, body: this.body }));
  /** Whether the `mailto:` link is short enough to offer. */
  readonly mailtoFits = $derived.by(() => mailtoFits(this.mailto));
  /** The blanks still empty in the message as it will be sent, in FIELD_IDS order. */
  readonly emptyBlanks: readonly FieldId[] = $derived.by(() => {
    const { fields, format, edited } = this.#source;
    return emptyBlanks(fields, this.rendered, format, edited ? this.text : undefined);
  });
}
