/**
 * One word file entry per distinct word and reading. The reading is always the context
 * reading (the pinyin mode's); CC-CEDICT supplies the traditional form and the senses, from its
 * entries with that reading when the word has several (行 háng "row", xíng "to walk").
 */
import type { WordEntry } from '@/domain/word-entries';
import type { Cedict, CedictEntry } from './cedict';
import { coverWithWords } from './word-segments';
import { type Agreement, compareReadings } from './word-readings';

/** A word whose context reading matches none of the dictionary's readings for it. */
export interface ReadingMismatch {
  word: string;
  context: string;
  dictionary: string[];
  agreement: Exclude<Agreement, 'same'>;
}

// Entries that only point elsewhere, or only name a surname, when the word has others.
const REFERENCE = /^(old )?variant of |^used in |^see |^surname /;
const isReferenceOnly = (entry: CedictEntry) => entry.senses.every((s) => REFERENCE.test(s));

/** The dictionary entries for `word` read as `context`, best first, and how they agree. */
export function chooseEntries(
  word: string,
  context: string,
  entries: readonly CedictEntry[],
): { chosen: CedictEntry[]; agreement: Agreement } {
  const compared = entries.map((entry) => ({
    entry,
    agreement: compareReadings(word, context, entry.pinyin),
  }));
  const agreement: Agreement = compared.some((c) => c.agreement === 'same')
    ? 'same'
    : compared.some((c) => c.agreement === 'tone')
      ? 'tone'
      : 'different';
  let chosen = compared.filter((c) => c.agreement === agreement).map((c) => c.entry);
  const useful = chosen.filter((entry) => !isReferenceOnly(entry));
  if (useful.length > 0) chosen = useful;
  // Common-noun entries before names (律 lǜ "law" before Lǜ "surname Lü").
  const isName = (entry: CedictEntry) => entry.pinyin !== entry.pinyin.toLowerCase();
  chosen.sort((a, b) => Number(isName(a)) - Number(isName(b)));
  return { chosen, agreement };
}

export class EntryTable {
  readonly entries: WordEntry[] = [];
  readonly mismatches: ReadingMismatch[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly cedict: Cedict) {}

  private add(key: string, make: () => WordEntry): number {
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.entries.push(make()) - 1;
      this.byKey.set(key, index);
    }
    return index;
  }

  /** `word` read as `pinyin`: from CC-CEDICT, else looked up by its parts. */
  word(word: string, pinyin: string): number {
    if (!this.cedict.has(word)) return this.fromCharacters(word, pinyin);
    return this.add(`cedict ${word} ${pinyin}`, () => {
      const { chosen, agreement } = chooseEntries(word, pinyin, this.cedict.get(word)!);
      if (agreement !== 'same')
        this.mismatches.push({
          word,
          context: pinyin,
          dictionary: this.cedict.get(word)!.map((e) => e.pinyin),
          agreement,
        });
      const senses = [...new Set(chosen.flatMap((entry) => entry.senses))];
      const traditional = chosen[0]!.traditional;
      return { simplified: word, traditional, pinyin, senses, source: 'cedict' };
    });
  }

  /** A key term: its dictionary entry if CC-CEDICT has it, else the lesson's English. */
  term(word: string, pinyin: string, english: string): number {
    if (this.cedict.has(word)) return this.word(word, pinyin);
    return this.fromParts(word, pinyin, 'term', [english], coverWithWords(word, this.has));
  }

  /** A word CC-CEDICT lacks: looked up by its parts, the fewest dictionary words (高水平 → 高 水平). */
  private fromCharacters(word: string, pinyin: string): number {
    if ([...word].length > 1)
      return this.fromParts(word, pinyin, 'characters', [], coverWithWords(word, this.has));
    return this.add(`none ${word} ${pinyin}`, () => ({
      simplified: word,
      traditional: word,
      pinyin,
      senses: [],
      source: 'none',
    }));
  }

  private fromParts(
    word: string,
    pinyin: string,
    source: 'term' | 'characters',
    senses: string[],
    /** Null when some character has no entry: then every character is a part. */
    pieces: string[] | null,
  ): number {
    return this.add(`${source} ${word} ${pinyin}`, () => {
      const syllables = pinyin.split(' ');
      const parts = (pieces ?? [...word]).map((piece) => {
        const length = [...piece].length;
        return this.word(piece, syllables.splice(0, length).join(' '));
      });
      const traditional = parts.map((part) => this.entries[part]!.traditional).join('');
      return { simplified: word, traditional, pinyin, senses, source, parts };
    });
  }

  private readonly has = (word: string) => this.cedict.has(word);
}
