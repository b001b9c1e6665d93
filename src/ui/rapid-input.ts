/**
 * One action, delivered twice. After the first click of a double click moves
 * the guide on, the second lands on whatever the next view has in the same
 * place, often its Continue button: it would submit the next question
 * unanswered (a spurious error) or, pre-filled after a change, skip it. A
 * held Enter repeats the same way. Browsers mark both: a click's `detail`
 * counts the clicks in a row at one spot, and a keydown's `repeat` says the
 * key is held. Keyboard and assistive-technology clicks have `detail` 0.
 */

/** Controls that act (move on, go back, copy): a repeat of them is never a new intent. */
const ACTIONS = 'button, a[href]';

/**
 * Stops the second (and later) click of a multiple click on a control that
 * acts, and Enter held down (outside a text area, where it types new lines),
 * before any handler or default action (submit, follow a link) sees them.
 */
export function ignoreRepeats(event: MouseEvent | KeyboardEvent): void {
  const { target } = event;
  const repeated =
    event instanceof KeyboardEvent
      ? event.repeat && event.key === 'Enter' && !(target instanceof HTMLTextAreaElement)
      : event.detail > 1 && target instanceof Element && target.closest(ACTIONS) !== null;
  if (!repeated) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}
