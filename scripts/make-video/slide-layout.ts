/**
 * The slide canvas and its primitives: size, colours, the shared rows, the text and box items
 * a slide is drawn from, and placing wrapped blocks of text. Pure: widths come from font metrics.
 */
import { measurePx, type FontMetrics } from './font-metrics';
import { fitBlocks, type BlockSpec, type FittedBlock, type Script } from './wrap';

export const FRAME = { width: 640, height: 360 } as const;
/** Light text on a dark ground; the lightest grey on the ground is over 5:1 (WCAG AA). */
export const COLORS = {
  background: '0x101c2e',
  band: '0x1a2a42',
  zh: '0xf2f5fa',
  en: '0xc3cfdf',
  accent: '0x5aa9ff',
  muted: '0x8b99ae',
  track: '0x2b3b55',
} as const;
export const MARGIN = 24;
/** The bottom row: the passage's time and number on the left, the running clock (drawn in
 *  filters.ts) on the right. */
export const FOOTER = { baseline: 336, clockSize: 17 } as const;
export const PROGRESS = { y: 354, height: 6 } as const;

export type FontRole = 'zh' | 'zhBold' | 'en' | 'enBold' | 'mono';
export type Fonts = Record<FontRole, FontMetrics>;

export interface TextItem {
  text: string;
  font: FontRole;
  size: number;
  color: string;
  x: number | 'center';
  baseline: number;
}
export interface BoxItem {
  x: number;
  y: number;
  w: number;
  h: number;
  color: string;
}
export interface Slide {
  start: number;
  end: number;
  texts: TextItem[];
  boxes: BoxItem[];
}

export interface BlockStyle {
  font: FontRole;
  color: string;
  maxSize: number;
  minSize: number;
  leading: number;
  /** How the text breaks into lines; by default Chinese for the zh fonts, English otherwise. */
  script?: Script;
}

/** How far a line's tallest glyphs reach above the baseline, in em (CJK ideographs ≈ 0.88). */
export const ASCENT: Record<FontRole, number> = {
  zh: 0.88,
  zhBold: 0.88,
  en: 0.8,
  enBold: 0.8,
  mono: 0.76,
};

/**
 * DejaVu's hinting widens a few sizes beyond the rounded advances (ffmpeg's text_w for one line:
 * +2.7% at 11 px, ≤1% elsewhere); the CFF-based Noto CJK matched exactly at every size tried.
 */
const HINTING_ALLOWANCE: Record<FontRole, number> = {
  zh: 1,
  zhBold: 1,
  en: 1,
  enBold: 1,
  mono: 1.03,
};

/** Width in px of `text` as drawtext will draw it. */
export function textWidth(fonts: Fonts, font: FontRole, text: string, size: number): number {
  return measurePx(fonts[font], text, size) * HINTING_ALLOWANCE[font];
}

export function blockSpec(text: string, style: BlockStyle, fonts: Fonts): BlockSpec {
  const script: Script = style.script ?? (style.font.startsWith('zh') ? 'zh' : 'en');
  const measure = (s: string, size: number) => textWidth(fonts, style.font, s, size);
  return { text, script, measure, ...style };
}

export interface TextBox {
  x: number | 'center';
  top: number;
  width: number;
  height: number;
  gap: number;
}

/** Lays out stacked blocks from `top`, one TextItem per line so every baseline is exact. */
export function placeBlocks(
  blocks: { text: string; style: BlockStyle }[],
  box: TextBox,
  fonts: Fonts,
): TextItem[] {
  const fitted = fitBlocks(
    blocks.map((b) => blockSpec(b.text, b.style, fonts)),
    box,
  );
  let y = box.top;
  return fitted.flatMap((block: FittedBlock, i) => {
    const { font, color } = blocks[i]!.style;
    const items = block.lines.map((text, line) => ({
      text,
      font,
      color,
      size: block.size,
      x: box.x,
      baseline: y + line * block.lineHeight + Math.round(block.size * ASCENT[font]),
    }));
    y += block.lines.length * block.lineHeight + box.gap;
    return items;
  });
}

/** Moves lines laid out from `top` down so that, as a group, they sit in the middle of
 *  `top`…`bottom` (a line's ink spans ~0.9 em above its baseline to ~0.25 em below). */
export function centreVertically(items: TextItem[], top: number, bottom: number): TextItem[] {
  const inkTop = Math.min(...items.map((t) => t.baseline - Math.round(t.size * 0.9)));
  const inkBottom = Math.max(...items.map((t) => t.baseline + Math.round(t.size * 0.25)));
  const shift = Math.round((top + bottom - inkTop - inkBottom) / 2);
  return items.map((t) => ({ ...t, baseline: t.baseline + shift }));
}

export const progressTrack: BoxItem = {
  x: 0,
  y: PROGRESS.y,
  w: FRAME.width,
  h: PROGRESS.height,
  color: COLORS.track,
};
