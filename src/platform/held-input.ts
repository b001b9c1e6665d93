/**
 * Keystrokes the page holds out of its state for a moment: until the frame
 * that paints the letter has passed, so that the frame shows the letter
 * without first working out everything that depends on the text. Whatever
 * saves that state asks for them first (`commitHeldInput`), so that none is
 * lost when the page is hidden or left right after a keystroke.
 */
const held = new Set<() => void>();

/** Registers a commit of held keystrokes until the returned release. */
export function holdInput(commit: () => void): () => void {
  held.add(commit);
  return () => void held.delete(commit);
}

/** Commits every held keystroke now. */
export function commitHeldInput(): void {
  for (const commit of [...held]) commit();
}
