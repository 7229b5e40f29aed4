/**
 * The words of a lesson made in the browser, which has no word file: computed on the first
 * look-up, in a worker (device-words.worker.ts; on the page where there is none), by the import's
 * own code with CC-CEDICT in its compact form and the dictionary segmenter instead of jieba.
 * The dictionary loads only then: 8.9 MB, 3.9 MB gzip (2.8 MB brotli), fetched once under a
 * content-hashed name (the HTTP cache keeps it; the name changes when it does) and read once
 * per page.
 */
import cedictUrl from 'virtual:cedict-url';
import type { Lesson } from '@/domain/lesson-schema';
import type { WordFile } from '@/domain/word-entries';
import { getDeviceLesson } from '@/stores/device-lessons';
import { computeWordFile } from './device-words-compute';

export type WordsAnswer = { ok: true; file: WordFile } | { ok: false; message: string };

// One worker for the page, made on the first look-up: it keeps the dictionary it has read.
let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function computeInWorker(lesson: Lesson, dictionaryUrl: string): Promise<WordFile> {
  worker ??= new Worker(new URL('./device-words.worker.ts', import.meta.url), { type: 'module' });
  const current = worker;
  // One lesson at a time: each answer belongs to the message before it.
  const result = queue.then(
    () =>
      new Promise<WordFile>((resolve, reject) => {
        current.onmessage = ({ data }: MessageEvent<WordsAnswer>) =>
          data.ok ? resolve(data.file) : reject(new Error(data.message));
        // A worker that cannot start leaves the words to the page, and the next look-up makes
        // a new one.
        current.onerror = (event) => {
          event.preventDefault();
          current.terminate();
          if (worker === current) worker = null;
          computeWordFile(lesson, dictionaryUrl).then(resolve, reject);
        };
        current.postMessage({ lesson, dictionaryUrl });
      }),
  );
  queue = result.catch(() => {});
  return result;
}

/** The word file of the lesson kept on this device as `lessonId`, or undefined if none is. */
export async function computeDeviceWordFile(lessonId: string): Promise<WordFile | undefined> {
  const record = await getDeviceLesson(lessonId).catch(() => undefined);
  if (!record) return undefined;
  const { lesson } = record.value;
  return typeof Worker === 'undefined'
    ? computeWordFile(lesson, cedictUrl)
    : computeInWorker(lesson, cedictUrl);
}
