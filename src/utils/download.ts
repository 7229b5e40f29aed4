/**
 * Saves text as a file without a server: a Blob behind an object URL, clicked through a
 * temporary `<a download>`.
 */

/**
 * Revoking the URL in the same task can cancel the download in some browsers (older Safari
 * and Firefox); FileSaver.js waits 40 s for the same reason. A text file is cheap to keep.
 */
export const REVOKE_DELAY_MS = 40_000;

export function downloadText(filename: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  // Older Firefox ignored clicks on a link that was not in the document.
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
