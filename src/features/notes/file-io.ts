/** Files in and out of the browser for the notes panel: no storage, no React. */

/** What the notes panel needs to save a file; tests pass a fake. */
export type DownloadFile = (fileName: string, content: string, type: string) => void;

/** Saves text as a file: a Blob behind a temporary `<a download>`, clicked once. */
export const downloadFile: DownloadFile = (fileName, content, type) => {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download before it starts (seen in Safari).
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/** FileReader rather than `Blob.text()`: jsdom, which the tests run in, lacks the latter. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
