/**
 * Line breaking and font fitting for slide text. Pure: widths come from a measure function
 * (px of a string at a font size), so tests can use a fake font and the script the real advance widths.
 */

export type MeasurePx = (text: string, size: number) => number;
export type Script = 'zh' | 'en';

/** Punctuation that must not begin a line (kinsoku), and openers that must not end one. */
const NO_LINE_START = /^[，。、；：？！）》」』”’,.;:!?)\]%]/u;
const NO_LINE_END = /[“‘（《「『([]$/u;

/**
 * Breakable pieces of text. English breaks at spaces; Chinese after any character, except
 * inside a run of Latin letters and digits ("63.6%", "G20") and around punctuation.
 */
export function tokenize(text: string, script: Script): string[] {
  const pattern = script === 'en' ? /\S+|\s+/gu : /[A-Za-z0-9.%+~-]+|\s+|./gu;
  const tokens: string[] = [];
  for (const token of text.match(pattern) ?? []) {
    const last = tokens.length - 1;
    const glue = last >= 0 && (NO_LINE_START.test(token) || NO_LINE_END.test(tokens[last]!));
    if (glue && !/^\s/.test(token)) tokens[last] += token;
    else tokens.push(token);
  }
  return tokens;
}

/** Greedy wrap into lines no wider than `width` px; a word wider than a line gets its own. */
export function wrapText(
  text: string,
  script: Script,
  width: number,
  measure: (line: string) => number,
) {
  const lines: string[] = [];
  let line = '';
  for (const token of tokenize(text.replace(/\s+/g, ' ').trim(), script)) {
    const isSpace = /^\s+$/.test(token);
    if (isSpace && line === '') continue;
    if (!isSpace && line !== '' && measure((line + token).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export interface BlockSpec {
  text: string;
  script: Script;
  measure: MeasurePx;
  /** Font size in px when there is room, and the smallest still readable at 360p. */
  maxSize: number;
  minSize: number;
  /** Baseline-to-baseline distance as a multiple of the font size. */
  leading: number;
}

export interface FittedBlock {
  lines: string[];
  size: number;
  lineHeight: number;
}

const blockHeight = (b: FittedBlock) => b.lines.length * b.lineHeight;

/** Shrinks all blocks together (keeping their size ratio) until they fit the box. */
export function fitBlocks(
  blocks: BlockSpec[],
  box: { width: number; height: number; gap: number },
): FittedBlock[] {
  for (let scale = 1; scale > 0.2; scale -= 0.02) {
    const fitted = blocks.map((b) => {
      const size = Math.max(b.minSize, Math.floor(b.maxSize * scale));
      const lines = wrapText(b.text, b.script, box.width, (line) => b.measure(line, size));
      return { lines, size, lineHeight: Math.round(size * b.leading) };
    });
    const height =
      fitted.reduce((sum, b) => sum + blockHeight(b), 0) + box.gap * (blocks.length - 1);
    const atMinimum = blocks.every((b, i) => fitted[i]!.size === b.minSize);
    if (height <= box.height) return fitted;
    if (atMinimum) break;
  }
  const start = blocks[0]?.text.slice(0, 30) ?? '';
  throw new Error(`text does not fit on a slide even at the smallest size: "${start}…"`);
}
