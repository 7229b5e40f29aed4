import type { Passage } from '@/domain/lesson-schema';
import { sentenceTimes } from '@/domain/sentences';
import type { WordEntry } from '@/domain/word-entries';
import { type SavedWord, savedWordId } from './saved-words-storage';

/**
 * The sentence around a word, in both languages, and when it is spoken. The English is the
 * paired sentence where the two languages pair up, else the passage's whole English.
 */
export function sentenceAround(passage: Passage, offset: number) {
  const times = sentenceTimes(passage);
  const index = Math.max(
    0,
    times.zh.findIndex((s) => offset >= s.start && offset < s.end),
  );
  const zh = times.zh[index];
  const en = times.en?.[index];
  return {
    zh: zh ? passage.zh.slice(zh.start, zh.end).trim() : passage.zh,
    en: en ? passage.en.slice(en.start, en.end).trim() : passage.en,
    time: zh ? zh.time : passage.start,
  };
}

/** A word's meaning on one line: its senses, or for a word the dictionary lacks, its parts'. */
export function wordMeaning(entry: WordEntry, entries: readonly WordEntry[]): string {
  if (entry.senses.length > 0) return entry.senses.join('; ');
  return (entry.parts ?? [])
    .map((part) => entries[part]!)
    .map((part) => `${part.simplified} ${part.senses[0] ?? ''}`.trim())
    .join(' + ');
}

export function makeSavedWord(
  entry: WordEntry,
  entries: readonly WordEntry[],
  place: { lessonId: string; passage: Passage; offset: number },
  savedAt: number,
): SavedWord {
  const sentence = sentenceAround(place.passage, place.offset);
  return {
    id: savedWordId(entry.simplified, entry.pinyin),
    simplified: entry.simplified,
    traditional: entry.traditional,
    pinyin: entry.pinyin,
    meaning: wordMeaning(entry, entries),
    lessonId: place.lessonId,
    sentenceZh: sentence.zh,
    sentenceEn: sentence.en,
    time: sentence.time,
    savedAt,
  };
}
