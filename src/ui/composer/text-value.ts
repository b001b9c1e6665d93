import type { Attachment } from 'svelte/attachments';

/** A box the person types text into. */
type TextBox = HTMLInputElement | HTMLTextAreaElement;

/**
 * Shows `read()` in a text box whose direction follows its text
 * (`dir="auto"`, so a name written right to left reads right to left), and
 * writes the box only when what it holds differs: a value from elsewhere
 * (another format, the suggestion back), never the keystroke the person just
 * made, which the box already holds.
 *
 * Svelte's own `value={…}` beside `dir="auto"` sets `dir` again whenever the
 * value changes, so that WebKit works the direction out anew after a value
 * set from script. At a keystroke that made the browser lay out the box's
 * whole text again before it painted the letter: in the edited text, at 4x
 * slowdown, about a third of what a bare text box's keystroke costs. Here
 * `dir` is set again only with a value written from script.
 */
export function textValue(read: () => string): Attachment<TextBox> {
  return (box) => {
    const value = read();
    if (box.dir === 'auto' && box.value === value) return;
    box.value = value;
    box.dir = 'auto';
  };
}
