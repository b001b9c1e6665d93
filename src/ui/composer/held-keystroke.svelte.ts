import { afterNextFrame } from '../../platform/after-paint';
import { holdInput } from '../../platform/held-input';

/**
 * The latest keystroke in one of the composer's text boxes (a blank, or the
 * edited text), held out of the draft until the frame that paints it has
 * passed. The box holds the letter, and the frame shows it; putting it in
 * the draft checks everything the draft feeds (every part of the composer),
 * about 3 ms of a slow phone's keystroke, so it comes after.
 *
 * Each change is the box's whole text, so only the latest is kept, and a
 * keystroke in another box commits the one held first. Anything that reads
 * the draft or acts on it commits first (`commit`), and so does saving
 * (`commitHeldInput`), as the page is hidden or left; a keystroke still held
 * when the composer goes is committed too.
 *
 * Made while a component initialises (it owns an effect, gone with it).
 */
export class HeldKeystroke {
  #held: { box: string; apply: () => void } | undefined;
  /** Called once a keystroke is committed. */
  readonly #committed: () => void;

  /** `committed`: called after each commit, the frame that showed it already past. */
  constructor(committed: () => void) {
    this.#committed = committed;
    // Read by nothing, so run once: its cleanup runs when the component goes.
    $effect(() => () => this.commit());
  }

  /** Holds `apply`, the change a keystroke in `box` makes to the draft, until after the next frame. */
  hold(box: string, apply: () => void): void {
    if (this.#held && this.#held.box !== box) this.commit();
    const waiting = this.#held !== undefined;
    this.#held = { box, apply };
    if (waiting) return;
    holdInput(this.commit);
    afterNextFrame(this.commit);
  }

  /** Puts the keystroke held, if any, into the draft now. */
  readonly commit = (): void => {
    const held = this.#held;
    if (!held) return;
    this.#held = undefined;
    holdInput(undefined);
    held.apply();
    this.#committed();
  };
}
