/** Handing the message to the device's share sheet (the Web Share API), where there is one. */

/** How a share ended: handed over, closed by the person, or refused by the browser. */
export type ShareResult = 'shared' | 'cancelled' | 'failed';

/** The part of `navigator` this module uses. */
export interface Sharer {
  share?: (data: ShareData) => Promise<void>;
}

/** Whether this browser has a share sheet: `navigator.share` exists (phones, some desktops). */
export function canShare(sharer: Sharer | undefined = globalThis.navigator): boolean {
  return typeof sharer?.share === 'function';
}

/**
 * Shares `text` (with `title`, which some apps use as an email's subject).
 * Never rejects: the person closing the sheet is `cancelled` (an AbortError),
 * anything else the browser throws is `failed`.
 */
export async function shareText(
  text: string,
  title?: string,
  sharer: Sharer | undefined = globalThis.navigator,
): Promise<ShareResult> {
  const share = sharer?.share;
  if (typeof share !== 'function') return 'failed';
  try {
    // Called on its owner: `navigator.share` throws when called detached.
    await share.call(sharer, title === undefined ? { text } : { title, text });
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
