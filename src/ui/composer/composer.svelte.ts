import { createContext } from 'svelte';
import type { Answers, ShareableConcernId, TemplateId } from '../../flow/questions';
import {
  asksIfTimeWorks,
  chosenReason,
  fieldsUsed,
  messageTemplate,
  offeredReasons,
  takesReason,
} from '../../message/compose';
import { FIELD_IDS, type Fields } from '../../flow/fields';
import { isTooLong, type MessageDraft, type MessageFormat } from '../../message/draft';
import { fingerprint, type MessageEdits } from '../../message/edits';
import { notesFor, type MessageNotes } from '../../message/notes';
import type { FieldId, RenderedMessage } from '../../message/render';
import { ComposedMessage, type ComposedSource, type ComposedText } from './composed.svelte';
import { ComposerEditing } from './editing.svelte';
import { HeldKeystroke } from './held-keystroke.svelte';
import { composerIds, type ComposerIds } from './ids';
import { LiveRegion } from './live-region.svelte';
import { ComposerSending } from './sending.svelte';
import { Trailing } from './trailing.svelte';

/** What the composer reads from its component: getters, so it follows prop changes. */
export interface ComposerStateProps {
  readonly template: () => TemplateId;
  readonly answers: () => Answers;
  readonly draft: () => MessageDraft;
  /** Called with the whole new draft whenever the person changes it. */
  readonly onDraftChange: (draft: MessageDraft) => void;
  readonly shareUrl: () => string;
  /** The component's `$props.id()`, which every element id in the composer starts with. */
  readonly id: string;
}

/** No edits: one object, so a draft without edits reads as unchanged edits. */
const NO_EDITS: MessageEdits = {};

/** One blank's text, read on its own: typing into a blank touches that blank's controls only. */
class BlankText {
  readonly #read: () => string;
  /** What the person typed into it, or an empty string. */
  readonly value = $derived.by(() => this.#read());
  /** Whether it holds more than FIELD_MAX_LENGTH characters, as the person counts them. */
  readonly tooLong = $derived(isTooLong(this.value));

  constructor(read: () => string) {
    this.#read = read;
  }
}

/**
 * The message composer's root state, shared with its parts through context:
 * the message worked out from the answers and the draft, and changes to the
 * draft. Editing the text and sending it hang off it.
 */
export class ComposerState implements ComposedSource {
  readonly #props: ComposerStateProps;

  /** The element ids the parts share. */
  readonly ids: ComposerIds;
  /** The one live region every action speaks through. */
  readonly live = new LiveRegion();
  /** Editing the finished text in place. */
  readonly editing: ComposerEditing;
  /** Copy, download, share, the email link and the warning before them. */
  readonly sending: ComposerSending;

  /** Each blank's text, for its own controls. */
  readonly #blanks: Readonly<Record<FieldId, BlankText>>;
  /** The message from the person's text as typed: what is sent, copied and edited. */
  readonly #sent: ComposedMessage;
  /**
   * The message from the person's text as shown, a paint behind the typing:
   * what the page displays (the preview, the blanks left, the email link's
   * address), so that a keystroke paints its letter, in a blank or in the
   * text boxes, before the message is worked out and written again.
   */
  readonly shown: ComposedMessage;
  /** The person's text as shown: what `shown` is worked out from. */
  readonly #shownText: Trailing<ComposedText>;
  /** The latest keystroke in a blank or the edited text, until it is in the draft. */
  readonly #keystroke: HeldKeystroke;

  constructor(props: ComposerStateProps) {
    this.#props = props;
    this.#blanks = Object.fromEntries(
      FIELD_IDS.map((field) => [field, new BlankText(() => this.#typed[field] ?? '')]),
    ) as Record<FieldId, BlankText>;
    const typed = (): ComposedText => ({ fields: this.#typed, edits: this.edits });
    this.#sent = new ComposedMessage(this, typed);
    this.#shownText = new Trailing(typed);
    this.shown = new ComposedMessage(this, () => this.#shownText.value);
    // Committed after the frame that showed it: what the page shows from the
    // text need not wait for another.
    this.#keystroke = new HeldKeystroke(() => this.#shownText.settle());
    this.ids = composerIds(props.id);
    this.editing = new ComposerEditing(this);
    this.sending = new ComposerSending(this);
  }

  /** The template's id, for `data-template`. */
  readonly template = $derived.by(() => this.#props.template());
  /** The current draft: what the person typed and chose. */
  readonly draft = $derived.by(() => this.#props.draft());
  /*
   * Each part of the draft is read on its own below, so that a keystroke, which
   * makes a new draft, reworks only what that keystroke changes: a blank's text
   * renders the message again, but not which blanks it uses; an edit to the
   * text renders nothing again.
   */
  /** What the person typed into the blanks: the same object until a blank changes. */
  readonly #typed: Fields = $derived(this.draft.fields);
  readonly #reasonChosen = $derived(this.draft.reason);
  readonly #rescheduleChosen = $derived(this.draft.reschedule === true);
  /** Whether the person says an interview is already booked. */
  readonly booked = $derived(this.draft.booked);
  /** The draft's choices that shape the message, without the text typed into it. */
  readonly choices: MessageDraft = $derived({
    fields: {},
    reason: this.#reasonChosen,
    format: 'email',
    booked: this.booked,
    reschedule: this.#rescheduleChosen,
  });
  /** The answers the message is worked out from. */
  readonly answers = $derived.by(() => this.#props.answers());
  /** The concerns the person picked (none when they answered "none"). */
  readonly concerns = $derived.by(() => this.answers.concerns ?? []);
  /** Whether this template may carry a reason. */
  readonly takesReason = $derived(takesReason(this.template));
  /** The reasons offered: the shareable concerns the person picked, in SHAREABLE order. */
  readonly offeredReasons: readonly ShareableConcernId[] = $derived(
    offeredReasons(this.template, this.concerns),
  );
  /** The chosen reason, or null when none is chosen or the draft's is not on offer. */
  readonly reason: ShareableConcernId | null = $derived(
    chosenReason(this.template, this.concerns, this.choices),
  );
  /** The notes shown beside the message. */
  readonly notes: MessageNotes = $derived(notesFor(this.template, this.concerns));
  /** The format the message is shown and copied in. */
  readonly format: MessageFormat = $derived(this.draft.format);
  /** Whether the composer asks if the booked time works: an interview message with one booked. */
  readonly asksIfTimeWorks = $derived(asksIfTimeWorks(this.template, this.choices));
  /** Whether the person says the booked time doesn't work, so the message asks to move it. */
  readonly reschedule = $derived(this.asksIfTimeWorks && this.#rescheduleChosen);
  /** The message on screen: the template's own, or `reschedule` (the `data-template` contract). */
  readonly message = $derived(messageTemplate(this.template, this.choices));
  /** Whether a booked interview would show in this message: the reply to a no never names one. */
  readonly asksBooked = $derived.by(() =>
    fieldsUsed(this.template, this.answers, { ...this.choices, booked: true }).includes(
      'interviewDate',
    ),
  );
  /** The blanks this message uses, in FIELD_IDS order: the only fields shown. */
  readonly fields: readonly FieldId[] = $derived.by(() =>
    fieldsUsed(this.template, this.answers, this.choices),
  );
  /** The message with the person's text and the guide's slots filled in: the suggestion. */
  get rendered(): RenderedMessage {
    return this.#sent.rendered;
  }
  /** The suggested text in the format shown, as Copy would give it with no edits. */
  get suggestedText(): string {
    return this.#sent.suggestedText;
  }
  /** The fingerprint of the suggested text, which edits keep as the suggestion they started from. */
  readonly suggestedBasis = $derived(fingerprint(this.suggestedText));
  /** The person's edits to the format shown, if any. */
  readonly edits: MessageEdits = $derived(this.draft.edits ?? NO_EDITS);
  /** Whether the format shown holds the person's own edits. */
  get edited(): boolean {
    return this.#sent.edited;
  }
  /**
   * Whether the suggestion changed after the person edited this format (other
   * answers, blanks or reason): they choose between their edits and the new text.
   */
  readonly stale = $derived.by(() => {
    const edit = this.edits[this.format];
    return edit !== undefined && edit.basis !== this.suggestedBasis;
  });
  /** The email's subject line as it will be sent: edited, or suggested. */
  get subject(): string {
    return this.#sent.subject;
  }
  /** The email's body as it will be sent: edited, or suggested. */
  get body(): string {
    return this.#sent.body;
  }
  /** The talking points or short message as it will be sent (not the email). */
  get plainText(): string {
    return this.#sent.plainText;
  }
  /** The message as plain text in the chosen format, for Copy, Download and Share. */
  get text(): string {
    return this.#sent.text;
  }
  /** The `mailto:` link for the email as it will be sent. */
  get mailto(): string {
    return this.#sent.mailto;
  }
  /** Whether the email link is offered: as shown, since it decides only which buttons the page has. */
  get mailtoFits(): boolean {
    return this.shown.mailtoFits;
  }
  /** The blanks still empty in the message as it will be sent, in FIELD_IDS order. */
  get emptyBlanks(): readonly FieldId[] {
    return this.#sent.emptyBlanks;
  }
  /** The link to the person's answers, for Copy share link. */
  readonly shareUrl = $derived.by(() => this.#props.shareUrl());

  /** What the person typed into a field, or an empty string. */
  value(field: FieldId): string {
    return this.#blanks[field].value;
  }

  /** Whether a field holds more than FIELD_MAX_LENGTH characters, as the person counts them (its text is kept). */
  isTooLong(field: FieldId): boolean {
    return this.#blanks[field].tooLong;
  }

  /** Holds a keystroke's change to the draft until the frame that paints it has passed. */
  holdTyping(box: string, apply: () => void): void {
    this.#keystroke.hold(box, apply);
  }

  /** Puts a keystroke still held into the draft now, before anything reads or changes it. */
  commitTyping(): void {
    this.#keystroke.commit();
  }

  #change(next: Partial<MessageDraft>): void {
    this.commitTyping();
    this.#props.onDraftChange({ ...this.draft, ...next });
  }

  setField(field: FieldId, value: string): void {
    this.holdTyping(field, () =>
      this.#change({ fields: { ...this.draft.fields, [field]: value } }),
    );
  }

  setReason(reason: ShareableConcernId | null): void {
    this.#change({ reason });
  }

  setFormat(format: MessageFormat): void {
    this.#change({ format });
  }

  setBooked(booked: boolean): void {
    this.#change({ booked });
  }

  setReschedule(reschedule: boolean): void {
    this.#change({ reschedule });
  }

  /** Stores the person's edits with the draft; with none left, the draft has no `edits` at all. */
  setEdits(edits: MessageEdits): void {
    this.commitTyping();
    const { edits: _old, ...rest } = this.draft;
    this.#props.onDraftChange(Object.keys(edits).length > 0 ? { ...rest, edits } : rest);
  }
}

/** The root state, for each part of the composer: `setComposer` in `Composer.svelte`, `getComposer` in each part. */
export const [getComposer, setComposer] = createContext<ComposerState>();
