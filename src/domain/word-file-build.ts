/**
 * Builds a lesson's word file and the figures its report gives: at import time with jieba
 * (`npm run build-words`), in the browser with Intl.Segmenter for a lesson made there. Pure
 * apart from the segmenter.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { createTermMatcher } from '@/domain/term-matcher';
import { parseWordFile, type WordFile, type WordEntry } from '@/domain/word-entries';
import type { Cedict } from './cedict';
import { chooseEntries, EntryTable, type ReadingMismatch } from './word-entry-table';
import { contextReadings, readingOf } from './word-readings';
import { coverWithWords, type Segmenter, segmentPassage, type Token } from './word-segments';

export const CEDICT_CREDIT =
  'CC-CEDICT, licence CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cedict';

const HAN = /\p{Script=Han}/gu;

/** Han characters of the transcript, by the source of the entry of the word they are in. */
export type Coverage = Record<WordEntry['source'], number>;

export interface WordFileBuild {
  file: WordFile;
  coverage: Coverage;
  /** Han characters outside any word (pinyin-pro had no reading for them). */
  unread: number;
  /** Distinct words of the transcript, by their text. */
  distinctWords: number;
  mismatches: ReadingMismatch[];
}

/**
 * A dictionary word read in context as none of its readings is a cut across two words
 * (服务贸易中的占比 cut as 中的, zhòng dì "to hit the mark", where the text reads zhōng de): it
 * is divided into the fewest other dictionary words, a character alone at worst.
 */
function splitMisread(
  tokens: Token[],
  zh: string,
  readings: ReturnType<typeof contextReadings>,
  cedict: Cedict,
): Token[] {
  return tokens.flatMap((token) => {
    const word = zh.slice(token.start, token.end);
    const entries = token.kind === 'dictionary' && word.length > 1 ? cedict.get(word) : undefined;
    const pinyin = entries && readingOf(zh, readings, token.start, token.end);
    if (!entries || !pinyin || chooseEntries(word, pinyin, entries).agreement !== 'different')
      return [token];
    const other = (piece: string) =>
      piece !== word && (cedict.has(piece) || [...piece].length === 1);
    let at = token.start;
    return coverWithWords(word, other)!.map((piece) => ({
      start: at,
      end: (at += piece.length),
      kind: 'dictionary' as const,
    }));
  });
}

export function buildWordFile(lesson: Lesson, segmenter: Segmenter, cedict: Cedict): WordFileBuild {
  const matcher = createTermMatcher(lesson.terms);
  const english = new Map(lesson.terms.map((term) => [term.id, term.en]));
  const table = new EntryTable(cedict);
  const coverage: Coverage = { cedict: 0, term: 0, characters: 0, none: 0 };
  const distinct = new Set<string>();
  let unread = 0;
  const passages = lesson.passages.map(({ id, zh }) => {
    const readings = contextReadings(zh);
    const words: [number, number, number][] = [];
    const tokens = segmentPassage(zh, matcher.match(zh, 'zh'), segmenter);
    for (const token of splitMisread(tokens, zh, readings, cedict)) {
      const word = zh.slice(token.start, token.end);
      const pinyin = readingOf(zh, readings, token.start, token.end);
      const han = word.match(HAN)?.length ?? 0;
      if (pinyin === null) {
        unread += han;
        continue;
      }
      const entry =
        token.kind === 'term'
          ? table.term(word, pinyin, english.get(token.termId!)!)
          : table.word(word, pinyin);
      coverage[table.entries[entry]!.source] += han;
      distinct.add(word);
      words.push([token.start, token.end, entry]);
    }
    return { id, words };
  });
  // Parsed on the way out: the file the app fetches is checked by the schema it will use.
  const file = parseWordFile({
    version: 1,
    lessonId: lesson.id,
    credit: CEDICT_CREDIT,
    entries: table.entries,
    passages,
  });
  return { file, coverage, unread, distinctWords: distinct.size, mismatches: table.mismatches };
}
