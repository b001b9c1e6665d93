import { tick } from 'svelte';
import { outcomeUi } from '../../content';
import type { FieldId, MessageFormat } from '../../message/render';
import { selectAll, writeClipboard } from '../../platform/clipboard';
import { canDownload as downloadsWork, downloadText } from '../../platform/download';
import { canShare, shareText } from '../../platform/share';
import type { LiveRegion } from './live-region.svelte';

/** The actions that send the message on, each warned about when blanks are still empty. */
export type SendAction = 'copy' | 'download' | 'share' | 'email';

/** What sending reads from the composer's root state. */
export interface SendingSource {
  readonly live: LiveRegion;
  readonly format: MessageFormat;
  /** The message as plain text in the format shown, edits included. */
  readonly text: string;
  /** The email's subject line as it will be sent. */
  readonly subject: string;
  /** The `mailto:` link for the email as it will be sent. */
  readonly mailto: string;
  /** Whether the `mailto:` link is short enough to offer. */
  readonly mailtoFits: boolean;
  /** The blanks still empty in the message as it will be sent. */
  readonly emptyBlanks: readonly FieldId[];
  readonly shareUrl: string;
  /** Puts a keystroke still held out of the draft into it, so what is sent is what was typed. */
  commitTyping(): void;
}

/**
 * Sending the message on: copy, download, share, the email link and the share
 * link, the warning while blanks are still empty, and what each says in the
 * live region.
 */
export class ComposerSending {
  readonly #source: SendingSource;

  /**
   * The action the person asked for while blanks were still empty: the
   * warning shows until they fill them or go ahead.
   */
  pending: SendAction | null = $state(null);
  /** Whether the message is shown, selected, in a read-only box because copying failed. */
  showMessageFallback = $state(false);
  /** Whether the share link is shown, selected, in a read-only box because copying failed. */
  showShareFallback = $state(false);
  /** The read-only box holding the message, once shown. */
  messageFallback: HTMLTextAreaElement | null = $state(null);
  /** The read-only box holding the share link, once shown. */
  shareFallback: HTMLInputElement | null = $state(null);
  /** The warning panel, which takes the focus when it shows. */
  warningPanel: HTMLElement | undefined = $state();
  /** Each action's own control, which gets the focus back once the person goes ahead. */
  readonly controls: Partial<Record<SendAction, HTMLElement>> = $state({});
  /** Whether Download can work here (it needs object URLs). */
  readonly canDownload = downloadsWork();
  /** Whether this device has a share sheet (`navigator.share`). */
  readonly canShare = canShare();

  constructor(source: SendingSource) {
    this.#source = source;
  }

  /** The actions offered, in the order they are shown. */
  readonly offered: readonly SendAction[] = $derived.by(() => {
    // The email link is worked out only for the email format.
    const email = this.#source.format === 'email' && this.#source.mailtoFits;
    return [
      'copy' as const,
      ...(this.canShare ? (['share'] as const) : []),
      ...(email ? (['email'] as const) : []),
      ...(this.canDownload ? (['download'] as const) : []),
    ];
  });
  /** Whether to warn before the pending action: it is set and blanks are still empty. */
  readonly warning = $derived.by(
    () => this.pending !== null && this.#source.emptyBlanks.length > 0,
  );

  /** Whether a field is named in the warning shown now. */
  isWarned(field: FieldId): boolean {
    return this.warning && this.#source.emptyBlanks.includes(field);
  }

  /**
   * Asks for an action: with blanks still empty it shows the warning instead,
   * focused (and returns false); otherwise it carries the action out.
   */
  async request(action: SendAction): Promise<boolean> {
    this.#source.commitTyping();
    if (this.#source.emptyBlanks.length > 0) {
      this.pending = action;
      await tick();
      this.warningPanel?.focus();
      return false;
    }
    this.pending = null;
    await this.#perform(action);
    return true;
  }

  /**
   * The email link: stopped, with the warning, while blanks are still empty.
   * Its address is the message as shown, a paint behind the typing; it
   * follows the message as typed before the link is followed.
   */
  openEmail(event: MouseEvent): void {
    this.#source.commitTyping();
    if (this.#source.emptyBlanks.length > 0) event.preventDefault();
    else if (event.currentTarget instanceof HTMLAnchorElement) {
      event.currentTarget.href = this.#source.mailto;
    }
    void this.request('email');
  }

  /** Goes ahead with the pending action although blanks are still empty; the focus goes back to its control. */
  async proceed(): Promise<void> {
    this.#source.commitTyping();
    const action = this.pending;
    this.pending = null;
    if (!action) return;
    const done = this.#perform(action, true);
    await tick();
    this.controls[action]?.focus();
    await done;
  }

  #perform(action: SendAction, knowingly = false): Promise<void> {
    if (action === 'copy') return this.#copyMessage(knowingly);
    if (action === 'download') return this.#download(knowingly);
    if (action === 'share') return this.#share(knowingly);
    return this.#source.live.say(outcomeUi.sending.openingEmail);
  }

  /** Copies the message; on failure shows it selected in a read-only box and says how to copy it. */
  async #copyMessage(knowingly: boolean): Promise<void> {
    const { live, text } = this.#source;
    if (await writeClipboard(text)) {
      this.showMessageFallback = false;
      return live.say(knowingly ? outcomeUi.sending.copiedWithBlanks : outcomeUi.actions.copied);
    }
    this.showMessageFallback = true;
    await tick();
    if (this.messageFallback) selectAll(this.messageFallback);
    return live.say(outcomeUi.actions.copyFailed);
  }

  /** Copies the share link; on failure shows it selected in a read-only box and says how to copy it. */
  async copyShareLink(): Promise<void> {
    const { live, shareUrl } = this.#source;
    if (await writeClipboard(shareUrl)) {
      this.showShareFallback = false;
      return live.say(outcomeUi.actions.shareLinkCopied);
    }
    this.showShareFallback = true;
    await tick();
    if (this.shareFallback) selectAll(this.shareFallback);
    return live.say(outcomeUi.actions.copyFailed);
  }

  /** Saves the message as a plain-text file, and says so. */
  #download(knowingly: boolean): Promise<void> {
    const { live, text } = this.#source;
    downloadText(text, `${outcomeUi.actions.downloadFilename}.txt`);
    return live.say(
      knowingly ? outcomeUi.sending.downloadedWithBlanks : outcomeUi.sending.downloaded,
    );
  }

  /** Hands the message to the device's share sheet, and says how it went. */
  async #share(knowingly: boolean): Promise<void> {
    const { live, text, format, subject } = this.#source;
    const result = await shareText(text, format === 'email' ? subject : undefined);
    if (result === 'shared') {
      return live.say(knowingly ? outcomeUi.sending.sharedWithBlanks : outcomeUi.sending.shared);
    }
    return live.say(
      result === 'cancelled' ? outcomeUi.sending.shareCancelled : outcomeUi.sending.shareFailed,
    );
  }
}
