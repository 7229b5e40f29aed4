/**
 * Where caption text may break, and how a piece of it is laid out on lines. Offsets are UTF-16
 * offsets into one sentence's text; a break at `i` falls between `text[i - 1]` and `text[i]`,
 * and whitespace around a break is dropped from both lines.
 */
import {
  type CaptionTextLanguage,
  CLAUSE_MARKS,
  codePoints,
  type LineLimit,
} from './caption-limits';

/** What a break offset is: none, a word boundary, or the end of a clause. */
export const NONE = 0;
export const WORD = 1;
export const CLAUSE = 2;
export type BreakKinds = Uint8Array;

export interface TextRange {
  start: number;
  end: number;
}

// Chinese line-breaking rules (kinsoku): a line never starts with closing punctuation and
// never ends with an opening mark.
const NO_LINE_START = new Set([...'，。、；：！？）》」』”’〉】,.;:!?)]%％…']);
const NO_LINE_END = new Set([...'“‘（《「『〈【([']);
const CLOSERS = new Set([...'”’"\'」』）)]》']);
const SPACE = /^\s$/u;
const DIGIT = /^[0-9０-９]$/;
// A number with what is read as part of it: 2011~2021年, 63.6%, 2.15万亿, 14倍, 10:30, 4G, G20.
const NUMBER =
  /[A-Za-z]*[0-9０-９]+(?:[.,:~～\-–/][0-9０-９]+)*(?:[%％‰]|[万亿千百]+)?[A-Za-z]*[年月日倍]?/g;
// English words a line or cue reads best starting with: conjunctions, prepositions, relatives.
const LEADING_WORDS = new Set(
  'and or but nor while whereas which that who whose where when to in on of for by with from as through across into including such because so than'.split(
    ' ',
  ),
);

let segmenter: Intl.Segmenter | undefined;
/** Chinese has no spaces; ICU's dictionary-based word segmentation finds the word boundaries. */
function chineseWordStarts(text: string): number[] {
  segmenter ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  return Array.from(segmenter.segment(text), (s) => s.index);
}

function englishWordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 1; i < text.length; i++)
    if (SPACE.test(text[i - 1]!) && !SPACE.test(text[i]!)) starts.push(i);
  return starts;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch);
}

/** Key terms and numbers: no line or cue break may fall inside one. */
function wholeRanges(text: string, protect: readonly TextRange[]): TextRange[] {
  const numbers = Array.from(text.matchAll(NUMBER), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  return [...protect, ...numbers];
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/** The offset after the clause mark at `i` (and closing quotes and spaces), or -1. */
function clauseEnd(text: string, i: number, language: CaptionTextLanguage): number {
  // "1,000" and "10:30" are numbers, not clauses.
  if (isDigit(text[i - 1]) && isDigit(text[i + 1])) return -1;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j]!)) j++;
  // English clause marks are followed by a space; "e.g.,x" or "a:b" are not clause ends.
  if (language === 'en' && j < text.length && !SPACE.test(text[j]!)) return -1;
  return skipSpace(text, j);
}

/** The kind of break allowed at every offset of `text`, trimmed text assumed. */
export function breakKinds(
  text: string,
  language: CaptionTextLanguage,
  protect: readonly TextRange[] = [],
): BreakKinds {
  const kinds = new Uint8Array(text.length + 1);
  const whole = wholeRanges(text, protect);
  const blocked = new Uint8Array(text.length + 1);
  for (const { start, end } of whole) for (let i = start + 1; i < end; i++) blocked[i] = 1;
  const allowed = (i: number) => i > 0 && i < text.length && !blocked[i];
  const words = language === 'zh' ? chineseWordStarts(text) : englishWordStarts(text);
  // A term or number is a word of its own, whatever the segmenter's dictionary says.
  const edges = language === 'zh' ? whole.flatMap((r) => [r.start, r.end]) : [];
  const starts = [...words, ...edges];
  for (const start of starts) {
    const i = skipSpace(text, start);
    if (!allowed(i) || NO_LINE_START.has(text[i]!)) continue;
    const before = text.slice(0, i).trimEnd();
    if (NO_LINE_END.has(before.at(-1) ?? '')) continue;
    kinds[i] = WORD;
  }
  for (let i = 0; i < text.length; i++) {
    if (!CLAUSE_MARKS.has(text[i]!)) continue;
    const end = clauseEnd(text, i, language);
    if (end > 0 && allowed(end)) kinds[end] = CLAUSE;
  }
  return kinds;
}

export interface Layout {
  lines: string[];
  /** Lower is better: balanced lines, broken after punctuation or before a leading word. */
  cost: number;
}

/** How good a place `i` is for a line or cue break, beyond being allowed at all. */
export function breakBonus(
  text: string,
  kinds: BreakKinds,
  i: number,
  language: CaptionTextLanguage,
): number {
  if (kinds[i] === CLAUSE) return 6;
  if (language === 'en') {
    const word = /^[\p{L}]+/u.exec(text.slice(i, i + 16))?.[0].toLowerCase();
    if (word && LEADING_WORDS.has(word)) return 3;
  }
  return 0;
}

/**
 * Lays out `text[from, to)` on at most two lines of `limit.maxLine` characters, breaking only
 * where `kinds` allows; null when it does not fit. Two lines as even as the breaks allow, the
 * lower one the longer on a tie, as the style guide's "bottom-heavy pyramid" asks.
 */
export function layOut(
  text: string,
  kinds: BreakKinds,
  from: number,
  to: number,
  limit: LineLimit,
  language: CaptionTextLanguage,
): Layout | null {
  const whole = text.slice(from, to).trim();
  const length = codePoints(whole);
  if (length === 0) return null;
  if (length <= limit.maxLine) return { lines: [whole], cost: 0 };
  if (length > limit.maxLine * limit.maxLines + 1) return null;
  let best: Layout | null = null;
  for (let i = from + 1; i < to; i++) {
    if (kinds[i] === NONE) continue;
    const top = text.slice(from, i).trim();
    const bottom = text.slice(i, to).trim();
    const [a, b] = [codePoints(top), codePoints(bottom)];
    if (a === 0 || b === 0 || a > limit.maxLine || b > limit.maxLine) continue;
    const cost = Math.abs(a - b) + (a > b ? 1 : 0) - breakBonus(text, kinds, i, language);
    if (!best || cost < best.cost) best = { lines: [top, bottom], cost };
  }
  return best;
}
