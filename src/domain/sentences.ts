/**
 * Sentences of a passage and when each is spoken. The lesson times passages only, so sentence
 * times are estimated: the narration is Chinese, read at a fairly even pace, so a Chinese
 * sentence gets a share of its passage proportional to its Han characters (digits, Latin and
 * punctuation are left out: "2011~2021年" is not read in proportion to its length).
 */
import type { Passage } from '@/domain/lesson-schema';

export type SentenceLanguage = 'en' | 'zh';

/** UTF-16 offsets into the passage text, end exclusive. */
export interface SentenceRange {
  start: number;
  end: number;
}

export interface TimedSentence extends SentenceRange {
  /** Seconds, within [passage.start, passage.end]. */
  time: number;
  endTime: number;
}

export interface SentenceTimes {
  zh: TimedSentence[];
  /** English sentences timed like the Chinese ones with the same index; null when the two
   * languages have different numbers of sentences and no such pairing exists. */
  en: TimedSentence[] | null;
}

const ZH_ENDS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const EN_ENDS = new Set(['.', '!', '?']);
// A closing quote or bracket after the terminator still belongs to the sentence it ends.
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', ']', '》']);
const OPENERS = /^[“‘"'(（[「『《\p{Lu}\p{N}]$/u;
// Periods that end an abbreviation, not a sentence: titles and company forms...
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'co', 'ltd', 'inc']);
// ...and letters with periods: initials and forms like i.e., e.g., U.S., U.N.
const DOTTED_LETTERS = /^(?:\p{L}\.)*\p{L}$/u;
const SPACE = /^\s$/u;
const HAN = /^\p{Script=Han}$/u;

function skip(text: string, i: number, set: { has(ch: string): boolean }): number {
  while (i < text.length && set.has(text[i]!)) i++;
  return i;
}
const isSpace = { has: (ch: string) => SPACE.test(ch) };

/** Whether the period at `i` ends the word before it as an abbreviation. */
function endsAbbreviation(text: string, i: number): boolean {
  let from = i;
  // Digits count as part of the word so "21st." is not read as "St.".
  while (from > 0 && /^[\p{L}\p{N}.]$/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, i);
  return ABBREVIATIONS.has(word.toLowerCase()) || DOTTED_LETTERS.test(word);
}

/** Where the sentence whose terminator is at `i` ends, or -1 if `i` ends no sentence. */
function sentenceEnd(text: string, i: number, language: SentenceLanguage): number {
  const ends = language === 'zh' ? ZH_ENDS : EN_ENDS;
  const afterMarks = skip(text, skip(text, i, ends), CLOSERS);
  if (language === 'zh') return afterMarks;
  // English: "2.15", "Co., Ltd" and "i.e. factors" go on; a sentence needs a space and a
  // capital, digit or opening quote after it.
  const next = skip(text, afterMarks, isSpace);
  if (next === afterMarks && next < text.length) return -1;
  if (next < text.length && !OPENERS.test(text[next]!)) return -1;
  if (text[i] === '.' && endsAbbreviation(text, i)) return -1;
  return afterMarks;
}

/**
 * Splits `text` into sentences that cover it with no gaps; the whitespace after a sentence
 * belongs to it. Chinese ends after 。！？； (or ASCII ! ? ;), English after . ! ?, each with
 * any closing quotes that follow.
 */
export function splitSentences(text: string, language: SentenceLanguage): SentenceRange[] {
  const ends = language === 'zh' ? ZH_ENDS : EN_ENDS;
  const sentences: SentenceRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!ends.has(text[i]!)) continue;
    const end = sentenceEnd(text, i, language);
    if (end < 0) continue;
    const next = skip(text, end, isSpace);
    sentences.push({ start, end: next });
    start = next;
    i = next - 1;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

function hanCount(text: string): number {
  let count = 0;
  for (const ch of text) if (HAN.test(ch)) count++;
  return count;
}

/** Splits [from, to) into consecutive spans proportional to `weights`; ends land exactly on `to`. */
function spans(weights: number[], from: number, to: number): [number, number][] {
  const total = weights.reduce((a, b) => a + b, 0);
  // A passage without Han characters: fall back to equal shares.
  const share = total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / weights.length);
  let done = 0;
  let time = from;
  return share.map((s, i) => {
    done += s;
    const endTime = i === share.length - 1 ? to : from + (to - from) * done;
    const span: [number, number] = [time, endTime];
    time = endTime;
    return span;
  });
}

const timesCache = new WeakMap<Passage, SentenceTimes>();

/** Estimated times of a passage's sentences; cached per passage object. */
export function sentenceTimes(passage: Passage): SentenceTimes {
  const cached = timesCache.get(passage);
  if (cached) return cached;
  const zhRanges = splitSentences(passage.zh, 'zh');
  const weights = zhRanges.map((r) => hanCount(passage.zh.slice(r.start, r.end)));
  const timed = spans(weights, passage.start, passage.end);
  const zh = zhRanges.map((r, i) => ({ ...r, time: timed[i]![0], endTime: timed[i]![1] }));
  const enRanges = splitSentences(passage.en, 'en');
  const en =
    enRanges.length === zh.length
      ? enRanges.map((r, i) => ({ ...r, time: zh[i]!.time, endTime: zh[i]!.endTime }))
      : null;
  const result = { zh, en };
  timesCache.set(passage, result);
  return result;
}

/**
 * Index of the sentence spoken at `t`: the last one starting at or before `t`, by binary
 * search, so a sentence with no time of its own is never current. -1 outside the sentences.
 */
export function currentSentenceIndex(
  times: readonly Pick<TimedSentence, 'time' | 'endTime'>[],
  t: number,
): number {
  let lo = 0;
  let hi = times.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]!.time <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && t < times[found]!.endTime ? found : -1;
}
