import { queryOptions } from '@tanstack/react-query';
import { parseWordFile, type WordFile } from '@/domain/word-entries';
import { lazyModule } from '@/lib/lazy/lazy-module';

/** The lesson's word file, written by `npm run build-words`: its words and CC-CEDICT glosses. */
export const wordsUrl = (lessonId: string) => `/words/${encodeURIComponent(lessonId)}.json`;

// A lesson made in the browser has no word file: its words are computed, with the dictionary,
// by code that loads only then.
const deviceWords = lazyModule(() => import('./device-words'));

export async function fetchWordFile(lessonId: string, signal?: AbortSignal): Promise<WordFile> {
  const response = await fetch(wordsUrl(lessonId), { signal });
  if (response.status === 404) {
    const computed = await (await deviceWords.load()).computeDeviceWordFile(lessonId);
    if (computed) return computed;
  }
  if (!response.ok) throw new Error(`The word file could not be loaded (HTTP ${response.status}).`);
  return parseWordFile(await response.json());
}

/**
 * A bundled lesson's word file, or a device lesson's words computed. Loaded on the first approach to a word (the pointer over the Chinese, focus on it), never
 * with the page: 27 kB gzip for Lesson 12, more than the rest of a passage row costs.
 */
export const getWordsQueryOptions = (lessonId: string) =>
  queryOptions({
    queryKey: ['words', lessonId],
    queryFn: ({ signal }) => fetchWordFile(lessonId, signal),
    staleTime: Infinity,
    retry: 1,
  });
