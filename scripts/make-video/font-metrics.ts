/**
 * Advance widths read straight from a TrueType/OpenType file (or one face of a .ttc), so that
 * slide text is wrapped by the same metrics drawtext will draw it with. Only what wrapping
 * needs: cmap format 4 (the BMP, which covers every character of our lessons) and hmtx.
 */

export interface FontMetrics {
  /** Advance of one character in em; the .notdef advance for a missing glyph. */
  advance(char: string): number;
  /** False when the font has no glyph, i.e. drawtext would draw an empty box. */
  hasGlyph(char: string): boolean;
}

type Tables = Record<string, number>;

function tableOffsets(font: Buffer, face: number): Tables {
  const tables: Tables = {};
  const count = font.readUInt16BE(face + 4);
  for (let i = 0; i < count; i++) {
    const record = face + 12 + 16 * i;
    tables[font.toString('latin1', record, record + 4)] = font.readUInt32BE(record + 8);
  }
  for (const tag of ['cmap', 'head', 'hhea', 'hmtx'])
    if (tables[tag] === undefined) throw new Error(`font has no ${tag} table`);
  return tables;
}

/** Returns code point → glyph id from the Windows Unicode BMP subtable (format 4). */
function cmapFormat4(font: Buffer, cmap: number): (code: number) => number {
  const count = font.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < count && sub < 0; i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error('font has no Unicode BMP cmap (format 4)');
  const segX2 = font.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  return (code) => {
    for (let s = 0; s < segX2; s += 2) {
      if (code > font.readUInt16BE(ends + s)) continue;
      const start = font.readUInt16BE(starts + s);
      if (code < start) return 0;
      const delta = font.readUInt16BE(deltas + s);
      const range = font.readUInt16BE(ranges + s);
      if (range === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(ranges + s + range + 2 * (code - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

export const isCollection = (font: Buffer) => font.toString('latin1', 0, 4) === 'ttcf';

/**
 * One face of a font collection as a standalone OpenType file: its table directory with each
 * table copied after it (4-byte aligned, as the format asks). Table checksums do not depend on
 * where a table sits, so they are kept; FreeType does not check the whole-file adjustment.
 */
export function extractFace(font: Buffer, faceIndex: number): Buffer {
  const face = font.readUInt32BE(12 + 4 * faceIndex);
  const count = font.readUInt16BE(face + 4);
  const align = (n: number) => (n + 3) & ~3;
  let next = 12 + 16 * count;
  const tables = Array.from({ length: count }, (_, i) => {
    const record = face + 12 + 16 * i;
    const length = font.readUInt32BE(record + 12);
    const placed = { record, from: font.readUInt32BE(record + 8), length, to: next };
    next = align(next + length);
    return placed;
  });
  const out = Buffer.alloc(next);
  font.copy(out, 0, face, face + 12);
  tables.forEach(({ record, from, length, to }, i) => {
    font.copy(out, 12 + 16 * i, record, record + 8);
    out.writeUInt32BE(to, 12 + 16 * i + 8);
    out.writeUInt32BE(length, 12 + 16 * i + 12);
    font.copy(out, to, from, from + length);
  });
  return out;
}

/** `faceIndex` picks a face of a collection; drawtext's fontfile always uses face 0. */
export function readFontMetrics(font: Buffer, faceIndex = 0): FontMetrics {
  const face = isCollection(font) ? font.readUInt32BE(12 + 4 * faceIndex) : 0;
  const t = tableOffsets(font, face);
  const unitsPerEm = font.readUInt16BE(t.head! + 18);
  const longMetrics = font.readUInt16BE(t.hhea! + 34);
  const glyphOf = cmapFormat4(font, t.cmap!);
  const cache = new Map<string, number>();
  const glyph = (char: string) => {
    let id = cache.get(char);
    if (id === undefined) cache.set(char, (id = glyphOf(char.codePointAt(0) ?? 0)));
    return id;
  };
  return {
    advance: (char) => {
      // Glyphs past numberOfHMetrics share the last advance (monospaced tail), per the spec.
      const index = Math.min(glyph(char), longMetrics - 1);
      return font.readUInt16BE(t.hmtx! + 4 * index) / unitsPerEm;
    },
    hasGlyph: (char) => /\s/.test(char) || glyph(char) !== 0,
  };
}

/**
 * Width of `text` in px at `size` as drawtext lays it out: FreeType hints each advance to whole
 * pixels, which at 10 px adds up to ~5% over the unhinted sum (measured: a line wrapped on
 * unhinted widths ran 16 px past the margin).
 */
export function measurePx(metrics: FontMetrics, text: string, size: number): number {
  let width = 0;
  for (const char of text) width += Math.round(metrics.advance(char) * size);
  return width;
}
