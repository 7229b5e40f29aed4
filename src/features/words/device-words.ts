/**
 * The words of a lesson made in the browser, which has no word file: computed on the first
 * look-up, in a worker (device-words.worker.ts; on the page where there is none), by the import's
 * own code with CC-CEDICT in its compact form and the dictionary segmenter instead of jieba.
 * The dictionary loads only then: 8.9 MB, 3.9 MB gzip (2.8 MB brotli), fetched once under a
 * content-hashed name (the HTTP cache keeps it; the name changes when it does) and read once
 * per page.
 */
import cedictUrl from 'virtual:cedict-url';
import type { WordFile } from '@/domain/word-entries';
import { workerCalls } from '@/lib/worker/worker-calls';
import { getDeviceLesson } from '@/stores/device-lessons';
import { computeWordFile, type WordsRequest } from './device-words-compute';

// One worker for the page, made on the first look-up: it keeps the dictionary it has read.
const computeInWorker = workerCalls<WordsRequest, WordFile>(
  () => new Worker(new URL('./device-words.worker.ts', import.meta.url), { type: 'module' }),
  { keep: true },
);

/** The word file of the lesson kept on this device as `lessonId`, or undefined if none is. */
export async function computeDeviceWordFile(lessonId: string): Promise<WordFile | undefined> {
  const record = await getDeviceLesson(lessonId).catch(() => undefined);
  if (!record) return undefined;
  return computeInWorker(
    { lesson: record.value.lesson, dictionaryUrl: cedictUrl },
    computeWordFile,
  );
}
