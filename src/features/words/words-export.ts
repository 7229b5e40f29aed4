/**
 * Saved words as a file for flashcards: CSV (RFC 4180) or TSV, one note per word with the
 * fields word, pinyin, meaning, sentence in Chinese, sentence in English, link to the time.
 * Both start with Anki's file headers (https://docs.ankiweb.net/importing/text-files.html),
 * so Anki picks the separator and the columns without asking, and reads the text as text.
 */
import { buildPassageLink } from '@/utils/time-link';
import type { SavedWord } from './saved-words-storage';

export type WordsFormat = 'csv' | 'tsv';

const COLUMNS = ['Word', 'Pinyin', 'Meaning', 'Sentence (Chinese)', 'Sentence (English)', 'Link'];

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled. */
const csvField = (value: string) =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
/** TSV has no quoting: a tab or line break inside a field becomes a space. */
const tsvField = (value: string) => value.replace(/[\t\r\n]+/g, ' ');

/** The page of a lesson at `origin`, to link a word's sentence to. */
export const lessonPageUrl = (origin: string, lessonId: string) =>
  new URL(`/lessons/${encodeURIComponent(lessonId)}`, origin).href;

export function wordFields(word: SavedWord, origin: string): string[] {
  return [
    word.simplified,
    word.pinyin,
    word.meaning,
    word.sentenceZh,
    word.sentenceEn,
    buildPassageLink(lessonPageUrl(origin, word.lessonId), word.time),
  ];
}

export function exportWords(
  words: readonly SavedWord[],
  format: WordsFormat,
  origin: string,
): string {
  const separator = format === 'csv' ? ',' : '\t';
  const field = format === 'csv' ? csvField : tsvField;
  const lines = [
    `#separator:${format === 'csv' ? 'comma' : 'tab'}`,
    '#html:false',
    `#columns:${COLUMNS.join(separator)}`,
    ...words.map((word) => wordFields(word, origin).map(field).join(separator)),
  ];
  // CRLF, as RFC 4180 asks; Anki and spreadsheets read either.
  return `${lines.join('\r\n')}\r\n`;
}
