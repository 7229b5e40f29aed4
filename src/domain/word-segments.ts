/**
 * Divides a passage's Chinese into words. Key terms come first, where the app's own term
 * matcher finds them, so a word never cuts through a term's mark; jieba cuts the text between
 * them. A jieba word CC-CEDICT lacks is divided into dictionary words when every piece has two
 * characters or more (贸易规模 → 贸易 规模: a phrase of words); otherwise it stays whole and is
 * looked up character by character. Only Han runs become words: numbers, Latin and
 * punctuation are not looked up.
 */
import type { TermMatch } from '@/domain/term-matcher';

export type TokenKind = 'term' | 'dictionary' | 'characters';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** For a term: the id of the term the matcher found there. */
  termId?: string;
}

export interface Segmenter {
  cut(text: string): string[];
  /** True if the dictionary has the word. */
  has(word: string): boolean;
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The fewest dictionary words that make up `text` exactly, or null. Ties go to the longer
 * last word, as in backward maximum matching, which errs less on Chinese than forward
 * (多层面 → 多 层面, not 多层 面).
 */
export function coverWithWords(
  text: string,
  has: (word: string) => boolean,
  minLength = 1,
): string[] | null {
  const chars = [...text];
  // best[j]: the fewest pieces covering chars[..j]; start[j]: where the last of them starts.
  const best = new Array<number>(chars.length + 1).fill(Infinity);
  const start = new Array<number>(chars.length + 1).fill(-1);
  best[0] = 0;
  for (let j = minLength; j <= chars.length; j++) {
    for (let i = 0; i <= j - minLength; i++) {
      if (best[i]! + 1 < best[j]! && has(chars.slice(i, j).join(''))) {
        best[j] = best[i]! + 1;
        start[j] = i;
      }
    }
  }
  if (best[chars.length] === Infinity) return null;
  const pieces: string[] = [];
  for (let j = chars.length; j > 0; j = start[j]!)
    pieces.unshift(chars.slice(start[j], j).join(''));
  return pieces;
}

function wordsOfRun(run: string, start: number, segmenter: Segmenter): Token[] {
  if (segmenter.has(run)) return [{ start, end: start + run.length, kind: 'dictionary' }];
  const pieces = coverWithWords(run, segmenter.has, 2);
  if (!pieces) return [{ start, end: start + run.length, kind: 'characters' }];
  const tokens: Token[] = [];
  let at = start;
  for (const piece of pieces) {
    tokens.push({ start: at, end: at + piece.length, kind: 'dictionary' });
    at += piece.length;
  }
  return tokens;
}

function wordsOfGap(gap: string, offset: number, segmenter: Segmenter): Token[] {
  const tokens: Token[] = [];
  let at = offset;
  for (const piece of segmenter.cut(gap)) {
    for (const run of piece.matchAll(HAN_RUN))
      tokens.push(...wordsOfRun(run[0], at + run.index, segmenter));
    at += piece.length;
  }
  if (at !== offset + gap.length) throw new Error(`segmenter lost text in "${gap}"`);
  return tokens;
}

/** Words of `text` in order, with `terms` (sorted, non-overlapping) kept whole. */
export function segmentPassage(
  text: string,
  terms: readonly TermMatch[],
  segmenter: Segmenter,
): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const term of terms) {
    tokens.push(...wordsOfGap(text.slice(at, term.start), at, segmenter));
    tokens.push({ start: term.start, end: term.end, kind: 'term', termId: term.termId });
    at = term.end;
  }
  tokens.push(...wordsOfGap(text.slice(at), at, segmenter));
  return tokens;
}
