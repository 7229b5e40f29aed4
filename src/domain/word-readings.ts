/**
 * Readings as the transcript's pinyin mode shows them: the same function over the same whole
 * passage text, so the word file and the ruby over the text can never disagree.
 */
import { toRubySegments } from '@/domain/pinyin';

/** The reading of each UTF-16 offset that starts a Han character pinyin-pro reads; else undefined. */
export function contextReadings(text: string): (string | undefined)[] {
  const readings: (string | undefined)[] = [];
  for (const segment of toRubySegments(text)) {
    if (segment.pinyin) readings.push(segment.pinyin, ...Array<undefined>(segment.text.length - 1));
    else readings.push(...Array<undefined>(segment.text.length));
  }
  return readings;
}

/** Syllables of [start, end) joined by spaces, or null if a character there has no reading. */
export function readingOf(
  text: string,
  readings: readonly (string | undefined)[],
  start: number,
  end: number,
): string | null {
  const syllables: string[] = [];
  for (let i = start; i < end; i += text.codePointAt(i)! > 0xffff ? 2 : 1) {
    const reading = readings[i];
    if (!reading) return null;
    syllables.push(reading);
  }
  return syllables.join(' ');
}

export type Agreement = 'same' | 'tone' | 'different';

// Tone marks only: the diaeresis of ü stays.
const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/g;
const toneless = (syllable: string) => syllable.normalize('NFD').replace(TONE_MARKS, '');
const fold = (syllable: string) => syllable.normalize('NFC').toLowerCase();

/**
 * How a context reading compares with a dictionary reading of the same word. CEDICT gives
 * citation tones; the narration's (and pinyin-pro's) tone sandhi of 一 and 不 is not a
 * disagreement, so those two characters compare without tones. Capitals (names) are ignored.
 */
export function compareReadings(word: string, context: string, dictionary: string): Agreement {
  const chars = [...word];
  const a = context.split(' ').map(fold);
  const b = dictionary.split(' ').map(fold);
  if (a.length !== b.length) return 'different';
  let agreement: Agreement = 'same';
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (toneless(a[i]!) !== toneless(b[i]!)) return 'different';
    if (chars[i] !== '一' && chars[i] !== '不') agreement = 'tone';
  }
  return agreement;
}
