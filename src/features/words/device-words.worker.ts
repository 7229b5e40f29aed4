/**
 * Computes device lessons' words off the page's thread: reading the 8.9 MB dictionary into its
 * index and dividing a lesson into words took 0.2–0.8 s in Node, during which the page (and a
 * playing video's transcript) would not answer. The worker keeps the dictionary for the page's
 * next lesson.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { computeWordFile } from './device-words-compute';
import type { WordsAnswer } from './device-words';

self.onmessage = async (event: MessageEvent<{ lesson: Lesson; dictionaryUrl: string }>) => {
  const { lesson, dictionaryUrl } = event.data;
  let answer: WordsAnswer;
  try {
    answer = { ok: true, file: await computeWordFile(lesson, dictionaryUrl) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
