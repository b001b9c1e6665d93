/**
 * A keystroke the page holds out of its state for a moment: until the frame
 * that paints the letter has passed, so that the frame shows the letter
 * without first working out everything that depends on the text. Whatever
 * saves that state asks for it first (`commitHeldInput`), so that none is
 * lost when the page is hidden or left right after a keystroke. One place
 * holds keystrokes at a time (the composer of the outcome on screen).
 */
let held: (() => void) | undefined;

/** Sets the commit of the keystroke held now, or none. */
export function holdInput(commit: (() => void) | undefined): void {
  held = commit;
}

/** Commits the keystroke held, if any, now. */
export function commitHeldInput(): void {
  held?.();
}
