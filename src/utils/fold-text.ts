/**
 * Folding for term matching and search: text and patterns are folded the same way so one exact scan
 * finds a term however the source happens to type it. Folding keeps a map back to the raw
 * UTF-16 offsets, so matches are reported against the text as written.
 */

/** A folded text and, for each folded code unit, its offset in the raw text. */
export interface FoldedText {
  text: string;
  origin: number[];
}

export const SEPARATOR = ' ';
// Invisible characters pasted in from web pages; they must not split a term.
const IGNORABLE = new Set(['\u00ad', '\u200b', '\u2060', '\ufeff']);
// Hyphens, including the non-breaking ones word processors insert, join compounds the way a
// space does: "win-win" / "win win", "E-Commerce" / "e commerce", "Belt-and-Road". Dashes
// (– —) punctuate clauses instead, so they are left alone.
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\uff0d']);
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033']);
const WHITESPACE = /^\s$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Folds one character (a whole code point); '' drops it, SEPARATOR joins words. */
function foldChar(ch: string): string {
  const first = ch.charCodeAt(0);
  // Fast paths for what lessons are mostly made of (measured: folding 10,000 passages went from
  // 2.2 s to well under a second): ASCII, and CJK ideographs, which have no case and no spaces.
  if (first < 0x80) {
    if (first >= 0x41 && first <= 0x5a) return String.fromCharCode(first + 0x20);
    if (first === 0x20 || first === 0x2d || (first >= 0x09 && first <= 0x0d)) return SEPARATOR;
    return ch;
  }
  if (first >= 0x3400 && first <= 0x9fff) return ch;
  if (IGNORABLE.has(ch)) return '';
  if (HYPHENS.has(ch) || WHITESPACE.test(ch)) return SEPARATOR;
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DOUBLE_QUOTES.has(ch)) return '"';
  const code = ch.charCodeAt(0);
  // Full-width ASCII (Ａ, ２, （) as typed in Chinese input methods.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  const lower = ch.toLowerCase();
  // A few letters lowercase to a longer string (İ → i̇); keeping them as-is keeps offsets 1:1.
  return lower.length === ch.length ? lower : ch;
}

/**
 * The one text fold (term matching and search both use it): each code point is folded by
 * `foldChar` ('' drops it, a space separates words), runs of separators collapse into one,
 * and each folded code unit keeps the raw offset it came from.
 */
export function foldWith(raw: string, foldChar: (ch: string) => string): FoldedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < raw.length;) {
    const code = raw.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length;
    const ch = pair ? String.fromCodePoint(raw.codePointAt(i)!) : raw[i]!;
    const folded = foldChar(ch);
    const collapse = folded === SEPARATOR && text.endsWith(SEPARATOR);
    if (!collapse) {
      for (let k = 0; k < folded.length; k++) origin.push(i + k);
      text += folded;
    }
    i += ch.length;
  }
  return { text, origin };
}

/**
 * For terms: lowercases, unifies quotes and full-width forms, drops invisible characters and
 * collapses every run of whitespace and hyphens into one space.
 */
export function foldText(raw: string): FoldedText {
  return foldWith(raw, foldChar);
}

/** A term form folded for matching, without the separators at its ends. */
export function foldPattern(form: string): string {
  return foldText(form).text.trim();
}

/** Whether the code point at `i` is part of a word (a letter, digit or mark in any script). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point ending just before `i` is part of a word. */
export function isWordBefore(text: string, i: number): boolean {
  const low = text.charCodeAt(i - 1);
  const pairStart = low >= 0xdc00 && low <= 0xdfff && i >= 2;
  return isWordAt(text, pairStart ? i - 2 : i - 1);
}
