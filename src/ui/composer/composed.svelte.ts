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
import { editedText } from '../../message/sendable';

/** What the message is worked out from, besides the person's own text. */
export interface ComposedSource {
  readonly template: TemplateId;
  readonly answers: Answers;
  /** The draft's choices that shape the message, without the text typed into it. */
  readonly choices: MessageDraft;
  readonly format: MessageFormat;
  /** The blanks the message uses, in FIELD_IDS order. */
  readonly fields: readonly FieldId[];
}

/** The person's own text: what they typed into the blanks, and their edits to the message. */
export interface ComposedText {
  readonly fields: Fields;
  readonly edits: MessageEdits;
}

/**
 * The message worked out from the answers, the draft's choices and a given
 * text of the person's (blanks and edits): the composer keeps two, one from
 * the text as typed (what Copy, Share and the email link send, what the text
 * boxes hold) and one from the text as shown (a paint behind, see
 * `Trailing`), which the page displays. Each part is worked out only when read.
 */
export class ComposedMessage {
  readonly #source: ComposedSource;
  readonly #text: () => ComposedText;

  constructor(source: ComposedSource, text: () => ComposedText) {
    this.#source = source;
    this.#text = text;
  }

  /** What the person typed into the blanks: the same object until a blank changes. */
  readonly #typed: Fields = $derived.by(() => this.#text().fields);
  /** The person's edits, each format's own. */
  readonly edits: MessageEdits = $derived.by(() => this.#text().edits);
  /** Whether the format shown holds the person's own edits. */
  readonly edited = $derived.by(() => this.edits[this.#source.format] !== undefined);
  /** The person's edits to the format shown as plain text, if any. */
  readonly #editedText = $derived.by(() =>
    editedText({ ...this.#source.choices, format: this.#source.format, edits: this.edits }),
  );

  /** The message with the person's text and the guide's slots filled in: the suggestion. */
  readonly rendered: RenderedMessage = $derived.by(() => {
    const { template, answers, choices } = this.#source;
    return composeMessage(template, answers, { ...choices, fields: this.#typed });
  });
  /** The suggested text in the format shown, as Copy would give it with no edits. */
  readonly suggestedText = $derived.by(() => messageAsText(this.rendered, this.#source.format));
  /** The email's subject line as it will be sent: edited, or suggested. */
  readonly subject = $derived.by(() => this.edits.email?.subject ?? this.rendered.email.subject);
  /** The email's body as it will be sent: edited, or suggested. */
  readonly body = $derived.by(() => this.edits.email?.body ?? this.rendered.email.body);
  /** The talking points or short message as it will be sent (not the email). */
  readonly plainText = $derived.by(() => {
    const { format } = this.#source;
    if (format === 'email') return '';
    return this.edits[format]?.text ?? messageAsText(this.rendered, format);
  });
  /** The message as plain text in the chosen format, for Copy, Download and Share. */
  readonly text = $derived.by(() => this.#editedText ?? this.suggestedText);
  /** The `mailto:` link for the email as it will be sent. */
  readonly mailto = $derived.by(() => mailtoHref('', { subject: this.subject, body: this.body }));
  /** Whether the `mailto:` link is short enough to offer. */
  readonly mailtoFits = $derived.by(() => mailtoFits(this.mailto));
  /** The blanks still empty in the message as it will be sent, in FIELD_IDS order. */
  readonly emptyBlanks: readonly FieldId[] = $derived.by(() => {
    const { fields, format } = this.#source;
    return emptyBlanks(fields, this.rendered, format, this.edited ? this.text : undefined);
  });
}
