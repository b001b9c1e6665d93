/**
 * A click handler for links that stand for a step of the guide: a plain click
 * takes the step in place; any other (another button, or a modifier key for a
 * new tab or window) follows the link itself, which is that step's real URL.
 */
export function onPlainClick(step: () => void) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    step();
  };
}
