/**
 * Full-text search over a lesson's passages, both languages at once, like a browser's find:
 * case-insensitive substring matches, reported as UTF-16 offsets into the text as written.
 *
 * Text and query are folded the same way, then matched with plain `indexOf` (never a RegExp
 * built from the query). Folding keeps a map back to the raw offsets. Per language:
 * - both: letters, digits and marks are kept, lowercased (full-width Ａ２ as a Chinese IME
 *   types them count as A2); every other run of characters becomes one space, so punctuation
 *   is ignored: "win win" finds "win-win", "63.6" finds "63.6%", "U.S." finds "U.S.";
 * - en: apostrophes and single quotes are dropped, so "chinas" and "china's" find "China’s";
 * - zh: whitespace and quotation marks are dropped, because the source sets quotes off with
 *   spaces (数字中国 “一内一外”): "数字中国一内一外" finds it. Clause punctuation (,。、) still
 *   separates, so "字数" does not match across "数字、数字".
 * Matches do not overlap: after a hit the scan resumes at its end.
 */
import type { Passage } from '@/domain/lesson-schema';
import { type FoldedText, foldWith, SEPARATOR } from '@/utils/fold-text';

export type SearchLanguage = 'en' | 'zh';

export interface SearchHit {
  passageIndex: number;
  language: SearchLanguage;
  /** UTF-16 offsets into the passage text as written, end exclusive. */
  start: number;
  end: number;
}

export interface SearchIndex {
  search(query: string): SearchHit[];
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const APOSTROPHES = new Set(["'", '\u2018', '\u2019', '\u02bc', '\u2032']);
const QUOTES = new Set([...APOSTROPHES, '"', '\u201c', '\u201d', '\u201e', '\u2033']);
const CJK_BRACKETS = new Set(['「', '」', '『', '』', '《', '》', '〈', '〉']);
const WHITESPACE = /^\s$/u;
// Chinese runs words together, so a space or a quote mark inside a phrase means nothing.
const dropsInZh = (ch: string) => WHITESPACE.test(ch) || QUOTES.has(ch) || CJK_BRACKETS.has(ch);

/** Folds one code point: '' drops it, SEPARATOR stands for anything that is not a word. */
function foldChar(ch: string, language: SearchLanguage): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII letters and digits (Ａ, ２) map 1:1 onto ASCII.
  const ascii = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  if (WORD_CHAR.test(ascii)) {
    const lower = ascii.toLowerCase();
    // A few letters lowercase to a longer string (İ → i̇); keeping them keeps offsets 1:1.
    return lower.length === ascii.length ? lower : ascii;
  }
  if (language === 'en' && APOSTROPHES.has(ch)) return '';
  if (language === 'zh' && dropsInZh(ch)) return '';
  return SEPARATOR;
}

function fold(raw: string, language: SearchLanguage): FoldedText {
  return foldWith(raw, (ch) => foldChar(ch, language));
}

/** The query as the texts of one language are folded, without separators at its ends. */
export function foldQuery(query: string, language: SearchLanguage): string {
  return fold(query, language).text.trim();
}

function findAll(folded: FoldedText, needle: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (!needle) return found;
  for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at)) {
    // The needle starts and ends with word characters, each folded from one raw code unit.
    const last = at + needle.length - 1;
    found.push({ start: folded.origin[at]!, end: folded.origin[last]! + 1 });
    at += needle.length;
  }
  return found;
}

/**
 * Folds every passage once, at the first search rather than with the page (it is measurable
 * work on a slow phone, and most visits never search); each search is then a scan of the
 * folded texts.
 */
export function createSearchIndex(passages: readonly Passage[]): SearchIndex {
  let folded: { zh: FoldedText; en: FoldedText }[] | null = null;
  return {
    search(query) {
      folded ??= passages.map((p) => ({ zh: fold(p.zh, 'zh'), en: fold(p.en, 'en') }));
      const needles = { zh: foldQuery(query, 'zh'), en: foldQuery(query, 'en') };
      return folded.flatMap((texts, passageIndex) =>
        (['zh', 'en'] as const).flatMap((language) =>
          findAll(texts[language], needles[language]).map((range) => ({
            passageIndex,
            language,
            ...range,
          })),
        ),
      );
    },
  };
}

export interface Snippet {
  /** Context before the match, starting with "…" when cut. */
  before: string;
  match: string;
  /** Context after the match, ending with "…" when cut. */
  after: string;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The hit with up to `radius` code units of context on each side. English context is cut at
 * a space so no half word shows; a cut never splits a surrogate pair.
 */
export function passageSnippet(text: string, hit: SearchHit, radius: number): Snippet {
  let from = Math.max(0, hit.start - radius);
  let to = Math.min(text.length, hit.end + radius);
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (isLowSurrogate(text.charCodeAt(to))) to--;
  if (hit.language === 'en') {
    // Inside a word on either side: move the cut to the nearest space towards the match.
    const space = text.indexOf(' ', from);
    if (from > 0 && text[from - 1] !== ' ' && space >= 0 && space < hit.start) from = space + 1;
    const lastSpace = text.lastIndexOf(' ', to);
    if (to < text.length && text[to] !== ' ' && lastSpace >= hit.end) to = lastSpace;
  }
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, hit.start).trimStart(),
    match: text.slice(hit.start, hit.end),
    after: text.slice(hit.end, to).trimEnd() + (to < text.length ? '…' : ''),
  };
}
