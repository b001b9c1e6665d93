/**
 * Saving the session to storage: when a record is written, what it holds and
 * when it is held back. It hangs off the actor's subscription (`stepped`), and
 * reads what to save from the guide when it writes.
 */
import type { GuideSnapshot } from '../flow/machine';
import type { OutcomeId } from '../flow/questions';
import { answersOnPath, choiceOf, next, viewOf, type View } from '../flow/view';
import type { MessageDraft } from '../message/draft';
import { afterPaint } from '../platform/after-paint';
import type { SafeStore } from '../platform/storage';
import { SAVED_VERSION, type SavedGuide } from './saved';

/** The outcome a view shows, or null. */
export function outcomeOf(view: View): OutcomeId | null {
  return view.kind === 'outcome' ? view.outcome : null;
}

/**
 * How long saving waits after the person's last change to the message before
 * writing the record: typing writes once the person pauses, not at each key.
 * What waits is written at once when the page is hidden or goes away (`persist`).
 */
export const DRAFT_SAVE_DELAY_MS = 400;

/** A record as the guide writes it, before it is dated. */
export type RecordBody = Omit<SavedGuide, 'v' | 'savedAt'>;

/** The record of the view a snapshot shows, with the message being composed. */
export function recordOf(snapshot: GuideSnapshot, draft: MessageDraft): RecordBody {
  const view = viewOf(snapshot);
  return {
    answers: snapshot.context.answers,
    at: answersOnPath(snapshot),
    start: view.kind === 'start',
    draft,
    // A follow-up question is saved as the outcome it was asked from, where
    // its answers reopen: the record keeps answers, not which of the two it was.
    outcome: outcomeOf(
      choiceOf(snapshot).followUp ? viewOf(next(snapshot, { type: 'nav.back' })) : view,
    ),
  };
}

export interface SavingOptions {
  readonly store: SafeStore;
  /** False when storage could not be read: what it holds is never overwritten unread. */
  readonly writable: boolean;
  /** The time, in ms since 1970. */
  readonly now: () => number;
  /** What there is to save now: read when the record is written. */
  readonly current: () => { readonly snapshot: GuideSnapshot; readonly draft: MessageDraft };
  /** Called when storage refused a record. */
  readonly unavailable: () => void;
  /** Whether saving starts held (see `hold`). */
  readonly holding: boolean;
}

/**
 * Writes the whole record in one `setItem`, so storage only ever holds a
 * record some tab wrote whole. Two tabs share it: the last to write wins, and
 * neither reads the other's writes (`storage` events) while open, so one
 * never moves the other's view under the person.
 */
export class Saving {
  readonly #options: SavingOptions;
  /**
   * Whether saving waits for the person's next step: while a saved session
   * waits (so opening the page never overwrites it), and after the person
   * has cleared their answers (so nothing is written back unasked).
   */
  #holding: boolean;
  /** Whether a record is to be saved once the step is painted. */
  #due = false;
  /** Whether that already waits for the next paint. */
  #paintAwaited = false;
  /** The timer of a change to the message, while it waits for the person to pause. */
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the person last changed the message (`performance.now()`). */
  #typedAt = 0;
  #stopped = false;

  constructor(options: SavingOptions) {
    this.#options = options;
    this.#holding = options.holding;
  }

  /** Whether what storage holds may be written over (or removed). */
  get writable(): boolean {
    return this.#options.writable;
  }

  /** The guide took a step: its record is saved once the browser has painted it. */
  stepped() {
    this.#due = true;
    if (this.#paintAwaited) return;
    this.#paintAwaited = true;
    void afterPaint().then(() => {
      this.#paintAwaited = false;
      this.persist();
    });
  }

  /**
   * The person changed the message: its record is saved once they pause
   * (`DRAFT_SAVE_DELAY_MS` after the last change), or sooner by `persist`.
   */
  typed() {
    this.#due = true;
    this.#typedAt = performance.now();
    // One timer for a run of keys, not one per key: setting a timer costs a
    // slow phone a share of each keystroke's frame. When it fires before the
    // pause is long enough, it waits out the rest.
    this.#typingTimer ??= setTimeout(this.#typingPaused, DRAFT_SAVE_DELAY_MS);
  }

  readonly #typingPaused = () => {
    const left = this.#typedAt + DRAFT_SAVE_DELAY_MS - performance.now();
    if (left > 0) {
      this.#typingTimer = setTimeout(this.#typingPaused, left);
      return;
    }
    this.#typingTimer = undefined;
    this.persist();
  };

  /** Saves the record still waiting, now (the page may be hidden, and never paint again). */
  persist() {
    if (this.#due) this.save();
  }

  /** Saves the record of what is on screen now, unless saving is held or stopped. */
  save() {
    this.#due = false;
    this.#cancelTyping();
    if (this.#stopped || this.#holding) return;
    const { snapshot, draft } = this.#options.current();
    this.write(recordOf(snapshot, draft));
  }

  /** Writes a record, dated now; the caller is told when storage refuses it. */
  write(record: RecordBody) {
    const { store, writable, now, unavailable } = this.#options;
    if (!writable) return;
    const whole: SavedGuide = {
      v: SAVED_VERSION,
      answers: record.answers,
      at: record.at,
      start: record.start,
      draft: record.draft,
      outcome: record.outcome,
      savedAt: now(),
    };
    if (!store.write(whole)) unavailable();
  }

  /** Writes nothing, not even a record already waiting, until `release`. */
  hold() {
    this.#holding = true;
    this.#due = false;
    this.#cancelTyping();
  }

  #cancelTyping() {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
  }

  /** The person took a step: saving goes on. */
  release() {
    this.#holding = false;
  }

  /** Saves what waits, and nothing after. */
  stop() {
    this.persist();
    this.#stopped = true;
  }
}
