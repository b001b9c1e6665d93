import { tick } from 'svelte';
import { outcomeUi } from '../../content';
import {
  type Answers,
  type ConcernId,
  type ShareableConcernId,
  type TemplateId,
} from '../../flow/questions';
import { selectAll, writeClipboard } from '../../lib/clipboard';
import { canDownload as downloadsWork, downloadText } from '../../lib/download';
import { isTooLong, type MessageDraft, type MessageFormat } from '../../lib/draft';
import {
  mailtoFits,
  mailtoHref,
  messageAsText,
  type FieldId,
  type RenderedMessage,
} from '../../lib/render';
import { chosenReason, composeMessage, offeredReasons, takesReason } from './message-text';

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

/** What the composer reads from its component: getters, so it follows prop changes. */
export interface ComposerStateProps {
  readonly template: () => TemplateId;
  readonly answers: () => Answers;
  readonly draft: () => MessageDraft;
  /** Called with the whole new draft whenever the person changes it. */
  readonly onDraftChange: (draft: MessageDraft) => void;
  readonly shareUrl: () => string;
}

/** The message composer's behaviour: what to show, the rendered message and the actions. */
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
  /** Whether Download can work here (it needs object URLs). */
  readonly canDownload = downloadsWork();

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
  /** The message with the person's text and the guide's slots filled in. */
  readonly rendered: RenderedMessage = $derived.by(() =>
    composeMessage(this.template, this.#props.answers(), this.draft),
  );
  /** The message as plain text in the chosen format, for Copy and Download. */
  readonly text = $derived(messageAsText(this.rendered, this.format));
  /** The `mailto:` link for the email version. */
  readonly mailto = $derived(mailtoHref('', this.rendered));
  /** Whether the `mailto:` link is short enough to offer. */
  readonly mailtoFits = $derived(mailtoFits(this.mailto));
  /**
   * How many blanks are still unfilled in the message as shown: the talking
   * points have no subject or sign-off, so a call may have fewer than the email.
   */
  readonly blanksLeft = $derived.by(() => {
    const { email, call } = this.rendered;
    const shown =
      this.format === 'call'
        ? call.pointSegments.flat()
        : [...email.subjectSegments, ...email.bodySegments];
    const unfilled = shown.flatMap((s) => (s.kind === 'blank' && !s.filled ? [s.field] : []));
    return unfilled.filter((field, i) => unfilled.indexOf(field) === i).length;
  });
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

  setField(field: FieldId, value: string): void {
    const draft = this.draft;
    this.#props.onDraftChange({ ...draft, fields: { ...draft.fields, [field]: value } });
  }

  setReason(reason: ShareableConcernId | null): void {
    this.#props.onDraftChange({ ...this.draft, reason });
  }

  setFormat(format: MessageFormat): void {
    this.#props.onDraftChange({ ...this.draft, format });
  }

  /** Copies the message; on failure shows it selected in a read-only box and says how to copy it. */
  async copyMessage(): Promise<void> {
    if (await writeClipboard(this.text)) {
      this.showMessageFallback = false;
      return this.#announce(outcomeUi.actions.copied);
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

  /** Saves the message as a plain-text file. */
  download(): void {
    downloadText(this.text, `${outcomeUi.actions.downloadFilename}.txt`);
  }

  /** Empties the live region first, so the same words said twice are read out twice. */
  async #announce(text: string): Promise<void> {
    this.status = '';
    await tick();
    this.status = text;
  }
}
