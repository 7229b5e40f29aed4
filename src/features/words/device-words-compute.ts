/**
 * Computing a device lesson's words: the dictionary fetched and read into its index once per
 * thread that computes them, then the import's own code (src/domain/word-file-build.ts) with the
 * dictionary segmenter. Runs in device-words.worker.ts, or on the page where there is no worker.
 */
import { type Cedict, parseDictionary } from '@/domain/cedict';
import { createDictionarySegmenter } from '@/domain/dictionary-segmenter';
import type { Lesson } from '@/domain/lesson-schema';
import type { WordFile } from '@/domain/word-entries';
import { buildWordFile } from '@/domain/word-file-build';

let dictionary: Promise<Cedict> | null = null;

function loadDictionary(url: string): Promise<Cedict> {
  dictionary ??= fetch(url)
    .then(async (response) => {
      if (!response.ok)
        throw new Error(`The dictionary could not be loaded (HTTP ${response.status}).`);
      return parseDictionary(await response.text());
    })
    .catch((error: unknown) => {
      dictionary = null; // the next look-up asks again
      throw error;
    });
  return dictionary;
}

export interface WordsRequest {
  lesson: Lesson;
  dictionaryUrl: string;
}

export async function computeWordFile({ lesson, dictionaryUrl }: WordsRequest): Promise<WordFile> {
  const cedict = await loadDictionary(dictionaryUrl);
  return buildWordFile(lesson, createDictionarySegmenter(cedict), cedict).file;
}
