import type { FontMetrics } from './font-metrics';
import type { Fonts } from './slide-layout';
import { layoutTerms, TERM_SIZE, type TermPoint } from './term-grid';

const isCjk = (char: string) => /[\u3000-\u9fff\uff00-\uffef]/u.test(char);
const font: FontMetrics = { advance: (c) => (isCjk(c) ? 1 : 0.6), hasGlyph: () => true };
const fonts: Fonts = { zh: font, zhBold: font, en: font, enBold: font, mono: font };
const box = { left: 24, top: 116, width: 592, height: 190 };

const point = (zh: string, en: string): TermPoint => ({ zh, en });
const four = [
  point('网络空间命运共同体', 'Community of Common Destiny in Cyberspace'),
  point('全球数据安全倡议', 'Global Data Security Initiative'),
  point('全球发展倡议', 'Global Development Initiative'),
  point('世界互联网大会', 'World Internet Conference'),
];

describe('layoutTerms', () => {
  it('sets a lone term at the largest size, Chinese over English, beside one accent square', () => {
    const grid = layoutTerms([point('话语权', 'discourse power')], box, fonts);
    expect(grid.size).toBe(TERM_SIZE.max);
    expect(grid.texts.map((t) => t.text)).toEqual(['话语权', 'discourse power']);
    expect(grid.texts[0]!.baseline).toBeLessThan(grid.texts[1]!.baseline);
    expect(grid.boxes).toHaveLength(1);
  });

  it('goes to two columns when that keeps four terms larger than one column would', () => {
    const grid = layoutTerms(four, box, fonts);
    expect(grid.columns).toBe(2);
    expect(grid.boxes).toHaveLength(4);
    const lefts = new Set(grid.texts.map((t) => t.x));
    expect(lefts.size).toBe(2);
    expect(grid.size).toBeGreaterThan(TERM_SIZE.min);
  });

  it('keeps every line inside the box', () => {
    const grid = layoutTerms(four, box, fonts);
    for (const t of grid.texts) {
      const width = [...t.text].reduce((w, c) => w + Math.round(font.advance(c) * t.size), 0);
      expect((t.x as number) + width).toBeLessThanOrEqual(box.left + box.width);
      expect(t.baseline - t.size).toBeGreaterThanOrEqual(box.top);
      expect(t.baseline).toBeLessThanOrEqual(box.top + box.height);
    }
  });

  it('refuses, naming the term, rather than shrink past what a phone can read', () => {
    const many = Array.from({ length: 12 }, (_, i) => point(`术语${i}`, `term ${i}`));
    expect(() => layoutTerms(many, box, fonts)).toThrow(/do not fit.*术语0/);
  });
});
