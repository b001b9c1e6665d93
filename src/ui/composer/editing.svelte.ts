import { tick } from 'svelte';
import { outcomeUi } from '../../content';
import { placeholderText } from '../../message/blanks';
import { withEdit, type MessageEdits } from '../../message/edits';
import type { FieldId, MessageFormat, RenderedMessage } from '../../message/render';
import type { ComposerIds } from './ids';
import type { LiveRegion } from './live-region.svelte';

/** What editing reads from the composer's root state. */
export interface EditingSource {
  readonly ids: ComposerIds;
  readonly live: LiveRegion;
  readonly format: MessageFormat;
  readonly rendered: RenderedMessage;
  readonly suggestedText: string;
  /** The fingerprint of `suggestedText`. */
  readonly suggestedBasis: string;
  readonly edits: MessageEdits;
  readonly edited: boolean;
  readonly subject: string;
  readonly body: string;
  /** Stores the person's edits with the draft (none: the suggestion is used). */
  setEdits(edits: MessageEdits): void;
  /** Holds a keystroke's change to the draft until the frame that paints it has passed. */
  holdTyping(box: string, apply: () => void): void;
  /** Puts a keystroke still held into the draft now. */
  commitTyping(): void;
}

/** Editing the finished text in place: the text boxes, what they keep, and where the focus goes. */
export class ComposerEditing {
  readonly #source: EditingSource;

  /** Whether the message shows as text boxes the person can edit. */
  editing = $state(false);
  /** The Edit / Done button: the focus goes back to it after a choice that removes the control pressed. */
  toggle: HTMLButtonElement | undefined = $state();

  constructor(source: EditingSource) {
    this.#source = source;
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
    const { edits, format, suggestedBasis: current } = this.#source;
    const basis = edits[format]?.basis ?? current;
    if (sameAsSuggestion && basis === current) {
      this.#source.setEdits(withEdit(edits, format, undefined));
    } else if (format === 'email' && 'subject' in edit) {
      this.#source.setEdits(withEdit(edits, 'email', { ...edit, basis }));
    } else if (format !== 'email' && 'text' in edit) {
      this.#source.setEdits(withEdit(edits, format, { ...edit, basis }));
    }
  }

  setSubject(subject: string): void {
    this.#editEmail('subject', subject);
  }

  setBody(body: string): void {
    this.#editEmail('body', body);
  }

  /** A keystroke in the email's subject or body; the other part is the draft's when it is committed. */
  #editEmail(part: 'subject' | 'body', value: string): void {
    this.#source.holdTyping(part, () => {
      const { rendered, subject, body } = this.#source;
      const edit = { subject, body, [part]: value };
      const { email } = rendered;
      this.#edit(edit, edit.subject === email.subject && edit.body === email.body);
    });
  }

  setText(text: string): void {
    this.#source.holdTyping('text', () =>
      this.#edit({ text }, text === this.#source.suggestedText),
    );
  }

  /** Turns the message into text boxes, focusing the first, or back into the preview. */
  async toggleEditing(): Promise<void> {
    this.#source.commitTyping();
    this.editing = !this.editing;
    await tick();
    if (this.editing) {
      const { ids, format } = this.#source;
      document.getElementById(format === 'email' ? ids.subject : ids.text)?.focus();
    }
  }

  /** Drops the person's edits to the format shown: the suggested text is back. */
  useSuggestion(): Promise<void> {
    this.#source.commitTyping();
    const { edits, format, live } = this.#source;
    this.#source.setEdits(withEdit(edits, format, undefined));
    return this.#thenFocusToggle(live.say(outcomeUi.editing.undone));
  }

  /** Keeps the person's edits although the suggestion changed; the notice goes. */
  keepEdits(): Promise<void> {
    this.#source.commitTyping();
    const { edits, format, suggestedBasis: basis, live } = this.#source;
    const edit = edits[format];
    if (edit) {
      if (format === 'email' && edits.email) {
        this.#source.setEdits(withEdit(edits, 'email', { ...edits.email, basis }));
      } else if (format !== 'email' && 'text' in edit) {
        this.#source.setEdits(withEdit(edits, format, { ...edit, basis }));
      }
    }
    return this.#thenFocusToggle(live.say(outcomeUi.editing.kept));
  }

  /** The control pressed has gone with the choice: the focus goes to the edit toggle. */
  async #thenFocusToggle(done: Promise<void>): Promise<void> {
    await tick();
    this.toggle?.focus();
    await done;
  }

  /**
   * Takes the person to an empty blank: its field, or, when the text is
   * their own, the placeholder left in it, selected so typing replaces it.
   */
  async goToBlank(field: FieldId): Promise<void> {
    this.#source.commitTyping();
    const { ids, edited } = this.#source;
    if (!edited) {
      document.getElementById(ids.field(field))?.focus();
      return;
    }
    this.editing = true;
    await tick();
    const placeholder = placeholderText(field);
    const boxes = [ids.subject, ids.body, ids.text]
      .map((id) => document.getElementById(id))
      .filter((box): box is HTMLInputElement | HTMLTextAreaElement => box !== null);
    const box = boxes.find((b) => b.value.includes(placeholder)) ?? boxes[0];
    if (!box) return;
    box.focus();
    const at = box.value.indexOf(placeholder);
    if (at >= 0) box.setSelectionRange(at, at + placeholder.length);
  }
}
