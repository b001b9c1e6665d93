/**
 * One action, delivered twice. After the first click of a double click moves
 * the guide on, the second lands on whatever the next view has in the same
 * place: its Continue button (submitting the next question unanswered, a
 * spurious error, or skipping it when pre-filled), or one of its options
 * (ticking it). A held Enter repeats the same way. Browsers mark both: a
 * click's `detail` counts the clicks in a row at one spot, and a keydown's
 * `repeat` says the key is held. Keyboard and assistive-technology clicks
 * have `detail` 0, and are never stopped.
 */

/** Controls that act (move on, go back, copy): a repeat of them is never a new intent. */
const ACTIONS = 'button, a[href]';

/**
 * A capture-phase handler for the window's clicks and keydowns that stops, before
 * any handler or default action (submit, follow a link, tick) sees them: the
 * second and later clicks of a multiple click once `step()` (the view on screen)
 * has changed since the first, or on a control that acts; and Enter held down
 * (outside a text area, where it types new lines).
 */
export function repeatGuard(step: () => unknown): (event: MouseEvent | KeyboardEvent) => void {
  let clickedOn: unknown;
  return (event) => {
    const { target } = event;
    let repeated: boolean;
    if (event instanceof KeyboardEvent) {
      repeated = event.repeat && event.key === 'Enter' && !(target instanceof HTMLTextAreaElement);
    } else {
      if (event.detail === 1) clickedOn = step();
      repeated =
        event.detail > 1 &&
        (step() !== clickedOn || (target instanceof Element && !!target.closest(ACTIONS)));
    }
    if (!repeated) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
}
