/** Saving text as a file the person downloads, without a server. */

/**
 * How long the object URL lives after the click. Some browsers start reading
 * the blob only after the click handler returns, so revoking it at once can
 * cancel the download.
 */
export const REVOKE_DELAY_MS = 1000;

/** Whether this environment can build a download from a Blob. */
export function canDownload(): boolean {
  return typeof URL.createObjectURL === 'function' && typeof Blob === 'function';
}

/**
 * Downloads `text` as a UTF-8 plain-text file named `filename`, through a
 * temporary `<a download>` that is clicked and removed. Returns false (and does
 * nothing) where object URLs are not available.
 */
export function downloadText(text: string, filename: string, doc: Document = document): boolean {
  if (!canDownload()) return false;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
  return true;
}
