/**
 * The words of a lesson made in the browser, which has no word file: computed here, on the
 * first look-up, by the import's own code (src/domain/word-file-build.ts) with CC-CEDICT in its
 * compact form and the dictionary segmenter instead of jieba. Loaded only then, with the
 * dictionary: 8.9 MB, 3.9 MB gzip (2.8 MB brotli), fetched once under a content-hashed name (the HTTP cache
 * keeps it; the name changes when it does) and parsed once per page.
 */
import cedictUrl from 'virtual:cedict-url';
import { type Cedict, parseDictionary } from '@/domain/cedict';
import { createDictionarySegmenter } from '@/domain/dictionary-segmenter';
import type { WordFile } from '@/domain/word-entries';
import { buildWordFile } from '@/domain/word-file-build';
import { getDeviceLesson } from '@/stores/device-lessons';

let dictionary: Promise<Cedict> | null = null;

function loadDictionary(): Promise<Cedict> {
  dictionary ??= fetch(cedictUrl)
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

/** The word file of the lesson kept on this device as `lessonId`, or undefined if none is. */
export async function computeDeviceWordFile(lessonId: string): Promise<WordFile | undefined> {
  const record = await getDeviceLesson(lessonId).catch(() => undefined);
  if (!record) return undefined;
  const cedict = await loadDictionary();
  const { lesson } = record.value;
  return buildWordFile(lesson, createDictionarySegmenter(cedict), cedict).file;
}
