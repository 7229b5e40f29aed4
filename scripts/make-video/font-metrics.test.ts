import { existsSync, readFileSync } from 'node:fs';
import { FONT_FILES } from './tools';
import { extractFace, isCollection, measurePx, readFontMetrics } from './font-metrics';

// Reads the real Debian fonts the video is drawn with; skipped where they are not installed.
const installed = existsSync(FONT_FILES.mono) && existsSync(FONT_FILES.zh);

describe.skipIf(!installed)('readFontMetrics', () => {
  const cjk = () => readFontMetrics(readFileSync(FONT_FILES.zh));
  const latin = () => readFontMetrics(readFileSync(FONT_FILES.en));
  const clock = () => readFontMetrics(readFileSync(FONT_FILES.mono));

  it('reads proportional Latin advances', () => {
    const font = latin();
    expect(font.advance('i')).toBeLessThan(font.advance('m'));
    expect(font.advance(' ')).toBeGreaterThan(0.2);
  });

  it('reads ideographs from the first face of the collection as 1 em', () => {
    expect(cjk().advance('数')).toBe(1);
    expect(cjk().advance('，')).toBe(1);
  });

  it('knows which characters have glyphs, so boxes can be caught before rendering', () => {
    expect(cjk().hasGlyph('数')).toBe(true);
    expect(clock().hasGlyph('数')).toBe(false);
    expect(clock().hasGlyph('’')).toBe(true);
  });

  it('measures as drawtext lays out: advances rounded to whole pixels', () => {
    // ffmpeg's text_w for this string in Noto Sans CJK at 16 px is 861 (measured once).
    const text =
      'Moreover, international cooperation in the digital domain is also an important link for advancing China’s high-level';
    expect(measurePx(cjk(), text, 16)).toBe(861);
  });

  it('writes out one face of the collection as a font of its own, the Chinese one asked for', () => {
    const collection = readFileSync(FONT_FILES.zh);
    const face = extractFace(collection, 2);
    expect(isCollection(face)).toBe(false);
    const name = (family: string) => Buffer.from(family, 'utf16le').swap16();
    expect(face.includes(name('Noto Sans CJK SC'))).toBe(true);
    expect(face.includes(name('Noto Sans CJK JP'))).toBe(false);
    expect(readFontMetrics(face).advance('数')).toBe(1);
    expect(measurePx(readFontMetrics(face), 'Digital China', 16)).toBe(
      measurePx(readFontMetrics(collection), 'Digital China', 16),
    );
  });
});
