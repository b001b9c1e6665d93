/**
 * Copying text, with a way out when the Clipboard API is missing or refused:
 * the caller shows the text in a read-only control and selects it, so the
 * person can copy it with the keyboard.
 */

/** The part of the Clipboard API this module uses. */
export interface ClipboardWriter {
  writeText(text: string): Promise<void>;
}

/** The browser's clipboard, or undefined where there is none (insecure origin, old browser, jsdom). */
export function systemClipboard(): ClipboardWriter | undefined {
  return globalThis.navigator?.clipboard;
}

/**
 * Writes `text` to the clipboard. Resolves true when it was written, false when
 * the API is missing, the browser refuses (no permission, no user gesture) or
 * it throws; never rejects.
 */
export async function writeClipboard(
  text: string,
  clipboard: ClipboardWriter | undefined = systemClipboard(),
): Promise<boolean> {
  if (typeof clipboard?.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Focuses a text control and selects all of its text, ready for Ctrl+C or Cmd+C. */
export function selectAll(control: HTMLInputElement | HTMLTextAreaElement): void {
  control.focus();
  control.select();
  control.setSelectionRange(0, control.value.length);
}
