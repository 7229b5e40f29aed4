/**
 * CC-CEDICT (licence CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cedict), read
 * from the copy the `hanzi` package ships. A line is
 * `Traditional Simplified [pin1 yin1] /sense/sense/`; the file is a JS module whose one
 * template literal holds the text verbatim (it contains no backslash or `${`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Tone-marked syllables separated by spaces, as CEDICT gives them (capitalised for names). */
  pinyin: string;
  senses: string[];
}

export type Cedict = ReadonlyMap<string, readonly CedictEntry[]>;

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
const VOWELS = 'aeiouü';
const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

/** `lu:4` → `lǜ`, `Zhong1` → `Zhōng`, `hou5` → `hou`; anything else (letters, `·`) as is. */
export function markSyllable(numbered: string): string {
  const match = /^([a-zA-Zü:]+)([1-5])$/.exec(numbered);
  if (!match) return numbered;
  const letters = match[1]!.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const tone = Number(match[2]);
  if (tone === 5) return letters;
  const lower = letters.toLowerCase();
  // The standard rule: a or e takes the mark; in ou it is o; otherwise the last vowel.
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) for (let i = 0; i < lower.length; i++) if (VOWELS.includes(lower[i]!)) at = i;
  if (at < 0) return letters;
  const vowel = lower[at]!;
  let marked = MARKS[vowel]![tone - 1]!;
  if (letters[at] !== vowel) marked = marked.toUpperCase();
  return letters.slice(0, at) + marked + letters.slice(at + 1);
}

export function markPinyin(numbered: string): string {
  return numbered.split(' ').map(markSyllable).join(' ');
}

export function parseCedictLine(line: string): CedictEntry | null {
  const match = LINE.exec(line);
  if (!match) return null;
  return {
    traditional: match[1]!,
    simplified: match[2]!,
    pinyin: markPinyin(match[3]!),
    senses: match[4]!.split('/').filter((sense) => sense.trim() !== ''),
  };
}

/** Entries by simplified form, in file order. Comment lines and malformed lines are skipped. */
export function parseCedict(text: string): Cedict {
  const bySimplified = new Map<string, CedictEntry[]>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const entry = parseCedictLine(line);
    if (!entry) continue;
    const list = bySimplified.get(entry.simplified);
    if (list) list.push(entry);
    else bySimplified.set(entry.simplified, [entry]);
  }
  return bySimplified;
}

export function cedictPath(): string {
  return fileURLToPath(import.meta.resolve('hanzi/lib/data/cedict_ts.u8.js'));
}

/** Reads the file as text rather than importing it: the 9.7 MB string need not be evaluated. */
export function loadCedict(path = cedictPath()): Cedict {
  const source = readFileSync(path, 'utf8');
  const open = source.indexOf('`');
  const close = source.lastIndexOf('`');
  if (open < 0 || close <= open) throw new Error(`${path}: no CC-CEDICT text found`);
  return parseCedict(source.slice(open + 1, close));
}
