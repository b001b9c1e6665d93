import type { Attachment } from 'svelte/attachments';

/** What shows that a person is about to press a button: pointing at it, pressing, or reaching it by keyboard. */
export const INTENT_EVENTS = ['pointerenter', 'pointerdown', 'focus', 'touchstart'] as const;

/**
 * `{@attach onIntent(fetchNext)}` on a button that leads into the guide: runs
 * `callback` on each sign of intent, so what comes next is fetched before the
 * click. Nothing without a callback; the listeners go with the button.
 */
export function onIntent(callback: (() => void) | undefined): Attachment<HTMLElement> {
  return (node) => {
    if (!callback) return;
    for (const type of INTENT_EVENTS) node.addEventListener(type, callback, { passive: true });
    return () => {
      for (const type of INTENT_EVENTS) node.removeEventListener(type, callback);
    };
  };
}
