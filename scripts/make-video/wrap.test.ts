import { fitBlocks, tokenize, wrapText, type BlockSpec } from './wrap';

/** A monospaced fake font: every character is half the font size wide. */
const mono = (text: string, size: number) => [...text].length * size * 0.5;

describe('tokenize', () => {
  it('keeps Latin runs whole and punctuation with the character before it', () => {
    expect(tokenize('达到63.6%。数据', 'zh')).toEqual(['达', '到', '63.6%。', '数', '据']);
    expect(tokenize('“丝路电商”', 'zh')).toEqual(['“丝', '路', '电', '商”']);
  });

  it('breaks English only at spaces', () => {
    expect(tokenize('win-win pattern.', 'en')).toEqual(['win-win', ' ', 'pattern.']);
  });
});

describe('wrapText', () => {
  it('wraps English at word boundaries within the width', () => {
    const lines = wrapText('the quick brown fox jumps over', 'en', 10, (s) => s.length);
    expect(lines).toEqual(['the quick', 'brown fox', 'jumps over']);
  });

  it('never starts a Chinese line with closing punctuation', () => {
    const lines = wrapText('一二三四。五六', 'zh', 4, (s) => [...s].length);
    expect(lines).toEqual(['一二三', '四。五六']);
  });

  it('gives a word longer than the line a line of its own rather than losing it', () => {
    expect(wrapText('a extraordinarily b', 'en', 5, (s) => s.length)).toEqual([
      'a',
      'extraordinarily',
      'b',
    ]);
  });
});

const block = (text: string, maxSize: number): BlockSpec => ({
  text,
  script: 'en',
  measure: mono,
  maxSize,
  minSize: 8,
  leading: 1.5,
});

describe('fitBlocks', () => {
  it('keeps the largest sizes when the text fits', () => {
    const [a] = fitBlocks([block('short', 20)], { width: 200, height: 100, gap: 0 });
    expect(a).toEqual({ lines: ['short'], size: 20, lineHeight: 30 });
  });

  it('shrinks long text until every line fits the width and the blocks fit the height', () => {
    const long = Array.from({ length: 110 }, () => 'word').join(' ');
    const box = { width: 300, height: 200, gap: 10 };
    const fitted = fitBlocks([block(long, 24), block('title', 16)], box);
    const height = fitted.reduce((h, b) => h + b.lines.length * b.lineHeight, 0) + box.gap;
    expect(height).toBeLessThanOrEqual(box.height);
    expect(fitted[0]!.size).toBeLessThan(24);
    for (const b of fitted)
      for (const line of b.lines) expect(mono(line, b.size)).toBeLessThanOrEqual(300);
  });

  it('refuses text that cannot fit even at the minimum size', () => {
    const huge = 'word '.repeat(2000);
    expect(() => fitBlocks([block(huge, 16)], { width: 300, height: 200, gap: 0 })).toThrow(
      /does not fit/,
    );
  });
});
