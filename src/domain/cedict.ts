/**
 * CC-CEDICT (licence CC BY-SA 4.0, https://www.mdbg.net/chinese/dictionary?page=cedict): its
 * lines, and the compact form the browser loads to find the words of a lesson made there.
 *
 * A CC-CEDICT line is `Traditional Simplified [pin1 yin1] /sense/sense/`. The compact form
 * keeps only what a word card shows, one entry a line, sorted by simplified form (a word's
 * readings together, in CC-CEDICT's order):
 * `simplified TAB traditional (empty when the same) TAB tone-marked pinyin TAB senses joined by /`.
 * Lines starting with `#` are comments (the credit). Both forms give the same entries.
 */

export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Tone-marked syllables separated by spaces, as CEDICT gives them (capitalised for names). */
  pinyin: string;
  senses: string[];
}

/** The entries of a simplified form, in file order; what the word look-up asks of CC-CEDICT. */
export interface Cedict {
  has(word: string): boolean;
  get(word: string): readonly CedictEntry[] | undefined;
}

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
export function parseCedict(text: string): ReadonlyMap<string, readonly CedictEntry[]> {
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

/** The compact form of `cedict`, with `comments` (the credit) first. */
export function formatDictionary(
  cedict: ReadonlyMap<string, readonly CedictEntry[]>,
  comments: readonly string[],
): string {
  const words = [...cedict.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = comments.map((comment) => `# ${comment}`);
  for (const word of words)
    for (const { simplified, traditional, pinyin, senses } of cedict.get(word)!)
      lines.push(
        [simplified, traditional === simplified ? '' : traditional, pinyin, senses.join('/')].join(
          '\t',
        ),
      );
  return `${lines.join('\n')}\n`;
}

function parseCompactLine(line: string): CedictEntry {
  const [simplified = '', traditional, pinyin = '', senses = ''] = line.split('\t');
  return {
    simplified,
    traditional: traditional || simplified,
    pinyin,
    senses: senses === '' ? [] : senses.split('/'),
  };
}

/**
 * The compact form read for look-up. Each word's lines are kept as text and made into entries
 * when first asked for: the page needs a few hundred of its 120,000 words.
 */
export function parseDictionary(text: string): Cedict {
  const blocks = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text[at] !== '#' && end > at) {
      const word = text.slice(at, text.indexOf('\t', at));
      // The lines of one word are adjacent: the block runs to the last of them.
      let blockEnd = end;
      while (text.startsWith(`${word}\t`, blockEnd + 1)) {
        const next = text.indexOf('\n', blockEnd + 1);
        blockEnd = next < 0 ? text.length : next;
      }
      blocks.set(word, text.slice(at, blockEnd));
      end = blockEnd;
    }
    at = end + 1;
  }
  const parsed = new Map<string, readonly CedictEntry[]>();
  return {
    has: (word) => blocks.has(word),
    get(word) {
      let entries = parsed.get(word);
      if (!entries) {
        const block = blocks.get(word);
        if (block === undefined) return undefined;
        entries = block.split('\n').map(parseCompactLine);
        parsed.set(word, entries);
      }
      return entries;
    },
  };
}
