import fc from 'fast-check';
import { coverWithWords, type Segmenter, segmentPassage } from './word-segments';

const DICTIONARY = new Set([
  '数字',
  '领域',
  '贸易',
  '规模',
  '多',
  '层',
  '层面',
  '多层',
  '水平',
  '高',
]);
const has = (word: string) => DICTIONARY.has(word);
/** A stand-in for jieba: one token per character, except the words it is given. */
const segmenter = (words: string[]): Segmenter => ({
  has,
  cut: (text) => {
    const tokens: string[] = [];
    for (let i = 0; i < text.length;) {
      const word = words.find((w) => text.startsWith(w, i)) ?? text[i]!;
      tokens.push(word);
      i += word.length;
    }
    return tokens;
  },
});
const words = (text: string, tokens: { start: number; end: number }[]) =>
  tokens.map((t) => text.slice(t.start, t.end));

describe('coverWithWords', () => {
  it('divides a compound into the fewest dictionary words, the longer word last on a tie', () => {
    expect(coverWithWords('贸易规模', has)).toEqual(['贸易', '规模']);
    expect(coverWithWords('多层面', has)).toEqual(['多', '层面']);
    expect(coverWithWords('高水平', has, 2)).toBeNull();
    expect(coverWithWords('高水平', has)).toEqual(['高', '水平']);
  });

  it('gives back the text, in dictionary words, whenever it answers', () => {
    const text = fc.string({
      unit: fc.constantFrom('数', '字', '多', '层', '面', '高'),
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (t) => {
        const pieces = coverWithWords(t, has);
        if (pieces === null) return;
        expect(pieces.join('')).toBe(t);
        for (const piece of pieces) expect(DICTIONARY.has(piece)).toBe(true);
      }),
    );
  });
});

describe('segmentPassage', () => {
  it('keeps a term whole even where the segmenter would cut through it', () => {
    const text = '数字领域贸易规模';
    const term = { termId: 't', start: 2, end: 6, text: '领域贸易' };
    const tokens = segmentPassage(text, [term], segmenter(['数字领', '域贸', '规模']));
    expect(words(text, tokens)).toEqual(['数', '字', '领域贸易', '规模']);
    expect(tokens[2]).toMatchObject({ kind: 'term', termId: 't' });
  });

  it('lists Han words only: numbers, Latin and punctuation are not looked up', () => {
    const text = '2021年，4G网络覆盖率为53.6%';
    const tokens = segmentPassage(text, [], segmenter([]));
    expect(words(text, tokens).join('')).toBe('年网络覆盖率为');
  });

  it('divides a word the dictionary lacks into dictionary words, or keeps it for its parts', () => {
    const text = '贸易规模高水平';
    const tokens = segmentPassage(text, [], segmenter(['贸易规模', '高水平']));
    expect(words(text, tokens)).toEqual(['贸易', '规模', '高水平']);
    expect(tokens.map((t) => t.kind)).toEqual(['dictionary', 'dictionary', 'characters']);
  });

  it('covers every Han character once, in order, outside the terms as well as in them', () => {
    const han = fc.string({
      unit: fc.constantFrom('数', '字', '领', '域', '贸', '易', 'A', '1', '，'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(han, (text) => {
        const at = text.indexOf('领域');
        const terms = at >= 0 ? [{ termId: 't', start: at, end: at + 2, text: '领域' }] : [];
        const tokens = segmentPassage(text, terms, segmenter(['字领', '易']));
        expect(words(text, tokens).join('')).toBe(text.replace(/[^\p{Script=Han}]/gu, ''));
        tokens.slice(1).forEach((t, i) => expect(t.start).toBeGreaterThanOrEqual(tokens[i]!.end));
        if (at >= 0)
          expect(tokens).toContainEqual({ start: at, end: at + 2, kind: 'term', termId: 't' });
      }),
    );
  });
});
