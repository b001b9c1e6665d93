import { untrack } from 'svelte';
import { afterNextFrame } from '../../platform/after-paint';

/**
 * A value that follows its source one paint behind. A keystroke's own frame
 * shows the letter in the box the person types into; what is worked out from
 * it (the message rendered again, the preview's nodes rewritten and laid out,
 * the count of blanks left) waits for a task after that frame, and is done
 * once for however many changes came meanwhile. Reading `value` never
 * renders anything; `settle` catches up at once, for code that must see the
 * latest (it is what every read gives once the frame is painted). A hidden
 * page paints no frame, so it catches up once shown again: what it holds is
 * only ever seen on screen, and waiting costs no timer at each keystroke.
 *
 * Made while a component initialises (it owns an effect, gone with it).
 */
export class Trailing<T> {
  readonly #read: () => T;
  #value: T = $state.raw() as T;
  /** Whether a catch-up is already asked for after the next paint. */
  #waiting = false;
  /** Whether the component that made it is gone (its view left): nothing to catch up for. */
  #gone = false;

  constructor(read: () => T) {
    this.#read = read;
    this.#value = untrack(read);
    // Read by nothing, so run once: its cleanup runs when the component goes.
    $effect(() => () => {
      this.#gone = true;
    });
    $effect(() => {
      read();
      if (this.#waiting) return;
      this.#waiting = true;
      afterNextFrame(this.#caughtUp);
    });
  }

  /** After the frame that showed a change: catches up, unless the component is gone. */
  readonly #caughtUp = () => {
    this.#waiting = false;
    if (!this.#gone) this.settle();
  };

  /** The source as it was at the last catch-up. */
  get value(): T {
    return this.#value;
  }

  /** Catches up with the source now. */
  settle(): void {
    this.#value = untrack(this.#read);
  }
}
