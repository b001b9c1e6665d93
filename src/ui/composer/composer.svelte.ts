import { tick } from 'svelte';
import { outcomeUi } from '../../content';
import {
  type Answers,
  type ConcernId,
  type ShareableConcernId,
  type TemplateId,
} from '../../flow/questions';
import { OPTIONAL_FIELD_IDS } from '../../flow/fields';
import { selectAll, writeClipboard } from '../../platform/clipboard';
import { canDownload as downloadsWork, downloadText } from '../../platform/download';
import { isTooLong, type MessageDraft, type MessageFormat } from '../../message/draft';
import { fingerprint, withEdit, type MessageEdits } from '../../message/edits';
import {
  mailtoFits,
  mailtoHref,
  messageAsText,
  type FieldId,
  type RenderedMessage,
  type Segment,
} from '../../message/render';
import { editedText } from '../../message/sendable';
import { canShare, shareText } from '../../platform/share';
import {
  chosenReason,
  composeMessage,
  fieldsUsed,
  offeredReasons,
  takesReason,
} from '../../message/compose';

/**
 * Concerns never named in a message (the brief's list); `not-legitimate` is
 * left out because it has its own template and safety note.
 */
const PRIVATE_CONCERNS: ReadonlySet<string> = new Set<ConcernId>([
  'mission',
  'culture',
  'reputation',
  'pushy-recruiter',
  'gut-feeling',
]);

/** Blanks the message reads well without: never warned about when empty. */
const OPTIONAL_FIELDS: ReadonlySet<FieldId> = OPTIONAL_FIELD_IDS;

/** The actions that send the message on, each warned about when blanks are still empty. */
export type SendAction = 'copy' | 'download' | 'share' | 'email';

/** What the composer reads from its component: getters, so it follows prop changes. */
export interface ComposerStateProps {
  readonly template: () => TemplateId;
  readonly answers: () => Answers;
  readonly draft: () => MessageDraft;
  /** Called with the whole new draft whenever the person changes it. */
  readonly onDraftChange: (draft: MessageDraft) => void;
  readonly shareUrl: () => string;
}

/** The segments of one format of a rendered message, in reading order. */
export function segmentsOf(rendered: RenderedMessage, format: MessageFormat): readonly Segment[] {
  if (format === 'call') return rendered.call.pointSegments.flat();
  if (format === 'message') return rendered.message.segments;
  return [...rendered.email.subjectSegments, ...rendered.email.bodySegments];
}

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

/** The message composer's behaviour: what to show, the rendered message, edits and the actions. */
export class ComposerState {
  readonly #props: ComposerStateProps;

  /** The text in the live region; one region serves every action. */
  status = $state('');
  /** Whether the message is shown, selected, in a read-only box because copying failed. */
  showMessageFallback = $state(false);
  /** Whether the share link is shown, selected, in a read-only box because copying failed. */
  showShareFallback = $state(false);
  /** The read-only box holding the message, once shown. */
  messageFallback: HTMLTextAreaElement | null = $state(null);
  /** The read-only box holding the share link, once shown. */
  shareFallback: HTMLInputElement | null = $state(null);
  /** Whether the message shows as text boxes the person can edit. */
  editing = $state(false);
  /**
   * The action the person asked for while blanks were still empty: the
   * warning shows until they fill them or go ahead.
   */
  pending: SendAction | null = $state(null);
  /** Whether Download can work here (it needs object URLs). */
  readonly canDownload = downloadsWork();
  /** Whether this device has a share sheet (`navigator.share`). */
  readonly canShare = canShare();

  constructor(props: ComposerStateProps) {
    this.#props = props;
  }

  /** The template's id, for `data-template`. */
  readonly template = $derived.by(() => this.#props.template());
  /** The current draft: what the person typed and chose. */
  readonly draft = $derived.by(() => this.#props.draft());
  /** The concerns the person picked (none when they answered "none"). */
  readonly concerns = $derived.by(() => this.#props.answers().concerns ?? []);
  /** Whether this template may carry a reason. */
  readonly takesReason = $derived(takesReason(this.template));
  /** The reasons offered: the shareable concerns the person picked, in SHAREABLE order. */
  readonly offeredReasons: readonly ShareableConcernId[] = $derived(
    offeredReasons(this.template, this.concerns),
  );
  /** The chosen reason, or null when none is chosen or the draft's is not on offer. */
  readonly reason: ShareableConcernId | null = $derived(
    chosenReason(this.template, this.concerns, this.draft),
  );
  /** Whether to show the safety note (an approach that may not be genuine). */
  readonly showSafety = $derived(this.template === 'decline-brief');
  /** Whether to explain why the message asks about other openings. */
  readonly showKeepDoorOpen = $derived(this.template === 'keep-door-open');
  /** Whether to explain why some of the person's concerns are not offered as reasons. */
  readonly showPrivateReasons = $derived(
    this.takesReason && this.concerns.some((id) => PRIVATE_CONCERNS.has(id)),
  );
  /** The format the message is shown and copied in. */
  readonly format: MessageFormat = $derived(this.draft.format);
  /** Whether the person says an interview is already booked. */
  readonly booked = $derived(this.draft.booked === true);
  /** The blanks this message uses, in FIELD_IDS order: the only fields shown. */
  readonly fields: readonly FieldId[] = $derived.by(() =>
    fieldsUsed(this.template, this.#props.answers(), this.draft),
  );
  /** The message with the person's text and the guide's slots filled in: the suggestion. */
  readonly rendered: RenderedMessage = $derived.by(() =>
    composeMessage(this.template, this.#props.answers(), this.draft),
  );
  /** The suggested text in the format shown, as Copy would give it with no edits. */
  readonly suggestedText = $derived(messageAsText(this.rendered, this.format));
  /** The person's edits to the format shown, if any. */
  readonly edits: MessageEdits = $derived(this.draft.edits ?? {});
  /** Whether the format shown holds the person's own edits. */
  readonly edited = $derived(this.edits[this.format] !== undefined);
  /**
   * Whether the suggestion changed after the person edited this format (other
   * answers, blanks or reason): they choose between their edits and the new text.
   */
  readonly stale = $derived.by(() => {
    const edit = this.edits[this.format];
    return edit !== undefined && edit.basis !== fingerprint(this.suggestedText);
  });
  /** The email's subject line as it will be sent: edited, or suggested. */
  readonly subject = $derived(this.edits.email?.subject ?? this.rendered.email.subject);
  /** The email's body as it will be sent: edited, or suggested. */
  readonly body = $derived(this.edits.email?.body ?? this.rendered.email.body);
  /** The talking points or short message as it will be sent (not the email). */
  readonly plainText = $derived.by(() => {
    if (this.format === 'email') return '';
    return this.edits[this.format]?.text ?? messageAsText(this.rendered, this.format);
  });
  /** The message as plain text in the chosen format, for Copy, Download and Share. */
  readonly text = $derived(editedText(this.draft) ?? this.suggestedText);
  /** The `mailto:` link for the email as it will be sent. */
  readonly mailto = $derived(
    mailtoHref('', {
      ...this.rendered,
      email: { ...this.rendered.email, subject: this.subject, body: this.body },
    }),
  );
  /** Whether the `mailto:` link is short enough to offer. */
  readonly mailtoFits = $derived(mailtoFits(this.mailto));
  /**
   * The blanks still empty in the message as it will be sent, in FIELD_IDS
   * order: unfilled fields in the suggestion, or placeholders left in the
   * person's edited text. The talking points have no subject or sign-off, so
   * a call may have fewer than the email.
   */
  readonly emptyBlanks: readonly FieldId[] = $derived.by(() => {
    if (this.edited) {
      return this.fields.filter(
        (field) => !OPTIONAL_FIELDS.has(field) && this.text.includes(placeholderText(field)),
      );
    }
    const unfilled = segmentsOf(this.rendered, this.format).flatMap((s) =>
      s.kind === 'blank' && !s.filled ? [s.field] : [],
    );
    return this.fields.filter((field) => unfilled.includes(field) && !OPTIONAL_FIELDS.has(field));
  });
  /** How many blanks are still empty in the message as it will be sent. */
  readonly blanksLeft = $derived(this.emptyBlanks.length);
  /** Whether to warn before the pending action: it is set and blanks are still empty. */
  readonly warning = $derived(this.pending !== null && this.blanksLeft > 0);
  /** The link to the person's answers, for Copy share link. */
  readonly shareUrl = $derived.by(() => this.#props.shareUrl());

  /** What the person typed into a field, or an empty string. */
  value(field: FieldId): string {
    return this.draft.fields[field] ?? '';
  }

  /** Whether a field holds more than FIELD_MAX_LENGTH characters, as the person counts them (its text is kept). */
  isTooLong(field: FieldId): boolean {
    return isTooLong(this.value(field));
  }

  /** Whether a field is named in the warning shown now. */
  isWarned(field: FieldId): boolean {
    return this.warning && this.emptyBlanks.includes(field);
  }

  #change(next: Partial<MessageDraft>): void {
    this.#props.onDraftChange({ ...this.draft, ...next });
  }

  setField(field: FieldId, value: string): void {
    this.#change({ fields: { ...this.draft.fields, [field]: value } });
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

  #setEdits(edits: MessageEdits): void {
    const { edits: _old, ...rest } = this.draft;
    this.#props.onDraftChange(Object.keys(edits).length > 0 ? { ...rest, edits } : rest);
  }

  /**
   * Keeps the person's text for the format shown. Edits keep the suggestion
   * they started from, so a suggestion that changed meanwhile is still
   * pointed out; text edited back to the suggestion is no edit at all.
   */
  #edit(
    edit: { subject: string; body: string } | { text: string },
    sameAsSuggestion: boolean,
  ): void {
    const current = fingerprint(this.suggestedText);
    const basis = this.edits[this.format]?.basis ?? current;
    const format = this.format;
    if (sameAsSuggestion && basis === current) {
      this.#setEdits(withEdit(this.edits, format, undefined));
    } else if (format === 'email' && 'subject' in edit) {
      this.#setEdits(withEdit(this.edits, 'email', { ...edit, basis }));
    } else if (format !== 'email' && 'text' in edit) {
      this.#setEdits(withEdit(this.edits, format, { ...edit, basis }));
    }
  }

  setSubject(subject: string): void {
    const { email } = this.rendered;
    this.#edit({ subject, body: this.body }, subject === email.subject && this.body === email.body);
  }

  setBody(body: string): void {
    const { email } = this.rendered;
    this.#edit(
      { subject: this.subject, body },
      this.subject === email.subject && body === email.body,
    );
  }

  setText(text: string): void {
    this.#edit({ text }, text === this.suggestedText);
  }

  /** Turns the message into text boxes, or back into the preview. */
  toggleEditing(): void {
    this.editing = !this.editing;
  }

  /** Drops the person's edits to the format shown: the suggested text is back. */
  useSuggestion(): Promise<void> {
    this.#setEdits(withEdit(this.edits, this.format, undefined));
    return this.#announce(outcomeUi.editing.undone);
  }

  /** Keeps the person's edits although the suggestion changed; the notice goes. */
  keepEdits(): Promise<void> {
    const edit = this.edits[this.format];
    if (edit) {
      const basis = fingerprint(this.suggestedText);
      if (this.format === 'email' && this.edits.email) {
        this.#setEdits(withEdit(this.edits, 'email', { ...this.edits.email, basis }));
      } else if (this.format !== 'email' && 'text' in edit) {
        this.#setEdits(withEdit(this.edits, this.format, { ...edit, basis }));
      }
    }
    return this.#announce(outcomeUi.editing.kept);
  }

  /**
   * Asks for an action: with blanks still empty it shows the warning instead
   * (and returns false); otherwise it carries the action out.
   */
  async request(action: SendAction): Promise<boolean> {
    if (this.blanksLeft > 0) {
      this.pending = action;
      return false;
    }
    this.pending = null;
    await this.#perform(action);
    return true;
  }

  /** Goes ahead with the pending action although blanks are still empty. */
  async proceed(): Promise<void> {
    const action = this.pending;
    this.pending = null;
    if (action) await this.#perform(action, true);
  }

  async #perform(action: SendAction, knowingly = false): Promise<void> {
    if (action === 'copy') return this.copyMessage(knowingly);
    if (action === 'download') return this.download(knowingly);
    if (action === 'share') return this.share(knowingly);
    return this.#announce(outcomeUi.sending.openingEmail);
  }

  /** Copies the message; on failure shows it selected in a read-only box and says how to copy it. */
  async copyMessage(knowingly = false): Promise<void> {
    if (await writeClipboard(this.text)) {
      this.showMessageFallback = false;
      return this.#announce(
        knowingly ? outcomeUi.sending.copiedWithBlanks : outcomeUi.actions.copied,
      );
    }
    this.showMessageFallback = true;
    await tick();
    if (this.messageFallback) selectAll(this.messageFallback);
    return this.#announce(outcomeUi.actions.copyFailed);
  }

  /** Copies the share link; on failure shows it selected in a read-only box and says how to copy it. */
  async copyShareLink(): Promise<void> {
    if (await writeClipboard(this.shareUrl)) {
      this.showShareFallback = false;
      return this.#announce(outcomeUi.actions.shareLinkCopied);
    }
    this.showShareFallback = true;
    await tick();
    if (this.shareFallback) selectAll(this.shareFallback);
    return this.#announce(outcomeUi.actions.copyFailed);
  }

  /** Saves the message as a plain-text file, and says so. */
  download(knowingly = false): Promise<void> {
    downloadText(this.text, `${outcomeUi.actions.downloadFilename}.txt`);
    return this.#announce(
      knowingly ? outcomeUi.sending.downloadedWithBlanks : outcomeUi.sending.downloaded,
    );
  }

  /** Hands the message to the device's share sheet, and says how it went. */
  async share(knowingly = false): Promise<void> {
    const result = await shareText(this.text, this.format === 'email' ? this.subject : undefined);
    if (result === 'shared') {
      return this.#announce(
        knowingly ? outcomeUi.sending.sharedWithBlanks : outcomeUi.sending.shared,
      );
    }
    return this.#announce(
      result === 'cancelled' ? outcomeUi.sending.shareCancelled : outcomeUi.sending.shareFailed,
    );
  }

  /** Empties the live region first, so the same words said twice are read out twice. */
  async #announce(text: string): Promise<void> {
    this.status = '';
    await tick();
    this.status = text;
  }
}
