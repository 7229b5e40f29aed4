/** Files in and out of the browser for the notes panel: no storage, no React. */
import { downloadText } from '@/utils/download';

/** What the notes panel needs to save a file; tests pass a fake. */
export type DownloadFile = (fileName: string, content: string, type: string) => void;

/** Saves text as a file (the shared download helper). */
export const downloadFile: DownloadFile = downloadText;

/** FileReader rather than `Blob.text()`: jsdom, which the tests run in, lacks the latter. */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}
