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

interface CoverOptions {
  /** No piece is longer: a bound on the work in a long run (CC-CEDICT's longest word has 19). */
  maxLength?: number;
  /**
   * Character offsets where another segmenter ends a word: among covers of as few words, the
   * one ending fewest words elsewhere wins (发达国家 的, not 发达国 家的).
   */
  breaks?: ReadonlySet<number>;
}

/**
 * The fewest dictionary words that make up `text` exactly, or null. Ties go to the cover that
 * agrees most with `breaks`, then to the longer last word, as in backward maximum matching,
 * which errs less on Chinese than forward (多层面 → 多 层面, not 多层 面).
 */
export function coverWithWords(
  text: string,
  has: (word: string) => boolean,
  minLength = 1,
  { maxLength = Infinity, breaks }: CoverOptions = {},
): string[] | null {
  const chars = [...text];
  const n = chars.length;
  // best[j]: the fewest pieces covering chars[..j], and of those the fewest ending off
  // `breaks`; start[j]: where the last of them starts.
  const best = Array.from({ length: n + 1 }, () => ({ pieces: Infinity, off: Infinity }));
  const start = new Array<number>(n + 1).fill(-1);
  best[0] = { pieces: 0, off: 0 };
  for (let j = minLength; j <= n; j++) {
    const off = breaks && j < n && !breaks.has(j) ? 1 : 0;
    for (let i = Math.max(0, j - maxLength); i <= j - minLength; i++) {
      const pieces = best[i]!.pieces + 1;
      const offBreaks = best[i]!.off + off;
      const better =
        pieces < best[j]!.pieces || (pieces === best[j]!.pieces && offBreaks < best[j]!.off);
      if (better && has(chars.slice(i, j).join(''))) {
        best[j] = { pieces, off: offBreaks };
        start[j] = i;
      }
    }
  }
  if (best[n]!.pieces === Infinity) return null;
  const pieces: string[] = [];
  for (let j = n; j > 0; j = start[j]!) pieces.unshift(chars.slice(start[j], j).join(''));
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
