/**
 * What each slide shows and where, as plain data: the title card, then one slide per passage.
 * The clock and the progress fill change every second, so they are drawn later over all slides
 * (see filters.ts); everything here is static for the slide's whole window.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { formatClock } from '@/utils/time';
import { measurePx, type FontMetrics } from './font-metrics';
import { fitBlocks, type BlockSpec, type FittedBlock, type Script } from './wrap';

export const FRAME = { width: 640, height: 360 } as const;
export const COLORS = {
  background: '0x101c2e',
  zh: '0xf2f5fa',
  en: '0xb9c6d8',
  accent: '0x5aa9ff',
  muted: '0x7f8da3',
  track: '0x26354d',
} as const;
/** Header baseline, shared with the clock drawn in filters.ts. */
export const HEADER = { baseline: 34, margin: 24, clockSize: 16 } as const;
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

interface BlockStyle {
  font: FontRole;
  color: string;
  maxSize: number;
  minSize: number;
  leading: number;
}
/** How far a line's tallest glyphs reach above the baseline, in em (CJK ideographs ≈ 0.88). */
const ASCENT: Record<FontRole, number> = {
  zh: 0.88,
  zhBold: 0.88,
  en: 0.76,
  enBold: 0.76,
  mono: 0.76,
};

/**
 * DejaVu's hinting widens a few sizes beyond the rounded advances (ffmpeg's text_w for one line:
 * +2.7% at 11 px, ≤1% elsewhere); the CFF-based Noto CJK matched exactly at every size tried.
 */
const HINTING_ALLOWANCE = { zh: 1, en: 1.03 } as const;

function spec(text: string, style: BlockStyle, fonts: Fonts): BlockSpec {
  const script: Script = style.font.startsWith('zh') ? 'zh' : 'en';
  const allowance = HINTING_ALLOWANCE[script];
  const measure = (s: string, size: number) => measurePx(fonts[style.font], s, size) * allowance;
  return { text, script, measure, ...style };
}

/** Lays out stacked blocks from `top`, one TextItem per line so every baseline is exact. */
function placeBlocks(
  blocks: { text: string; style: BlockStyle }[],
  box: { x: number | 'center'; top: number; width: number; height: number; gap: number },
  fonts: Fonts,
): TextItem[] {
  const fitted = fitBlocks(
    blocks.map((b) => spec(b.text, b.style, fonts)),
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

const progressTrack: BoxItem = {
  x: 0,
  y: PROGRESS.y,
  w: FRAME.width,
  h: PROGRESS.height,
  color: COLORS.track,
};

export function titleSlide(lesson: Lesson, fonts: Fonts): Slide {
  const { series, title } = lesson;
  const style = (font: FontRole, color: string, maxSize: number): BlockStyle => ({
    font,
    color,
    maxSize,
    minSize: Math.round(maxSize / 2),
    leading: font.startsWith('zh') ? 1.5 : 1.35,
  });
  const texts = placeBlocks(
    [
      {
        text: `${series.title.zh} · ${series.number}/${series.total}`,
        style: style('zh', COLORS.muted, 16),
      },
      {
        text: `${series.title.en} · Lesson ${series.number} of ${series.total}`,
        style: style('en', COLORS.muted, 14),
      },
      { text: title.zh, style: style('zhBold', COLORS.zh, 28) },
      { text: title.en, style: style('enBold', COLORS.en, 19) },
    ],
    { x: 'center', top: 64, width: 560, height: 220, gap: 14 },
    fonts,
  );
  const length = formatClock(lesson.duration);
  texts.push({
    text: length,
    font: 'mono',
    size: 22,
    color: COLORS.accent,
    x: 'center',
    baseline: 318,
  });
  return { start: 0, end: lesson.passages[0]!.start, texts, boxes: [progressTrack] };
}

const ZH_BODY: BlockStyle = {
  font: 'zh',
  color: COLORS.zh,
  maxSize: 24,
  minSize: 12,
  leading: 1.6,
};
const EN_BODY: BlockStyle = { font: 'en', color: COLORS.en, maxSize: 17, minSize: 9, leading: 1.4 };

export function passageSlide(lesson: Lesson, index: number, fonts: Fonts): Slide {
  const passage = lesson.passages[index]!;
  const { margin, baseline } = HEADER;
  const stamp = formatClock(passage.start);
  const stampWidth = measurePx(fonts.enBold, stamp, 18);
  const count = `${index + 1}/${lesson.passages.length}`;
  const texts: TextItem[] = [
    { text: stamp, font: 'enBold', size: 18, color: COLORS.accent, x: margin, baseline },
    {
      text: count,
      font: 'en',
      size: 15,
      color: COLORS.muted,
      x: margin + Math.ceil(stampWidth) + 12,
      baseline,
    },
    ...placeBlocks(
      [
        { text: passage.zh, style: ZH_BODY },
        { text: passage.en, style: EN_BODY },
      ],
      { x: margin, top: 58, width: FRAME.width - 2 * margin, height: 280, gap: 14 },
      fonts,
    ),
  ];
  const divider: BoxItem = {
    x: margin,
    y: 46,
    w: FRAME.width - 2 * margin,
    h: 1,
    color: COLORS.track,
  };
  return { start: passage.start, end: passage.end, texts, boxes: [divider, progressTrack] };
}

export function buildSlides(lesson: Lesson, fonts: Fonts): Slide[] {
  return [
    titleSlide(lesson, fonts),
    ...lesson.passages.map((_, i) => passageSlide(lesson, i, fonts)),
  ];
}

/** Characters a slide would draw as empty boxes because its font lacks them. */
export function missingGlyphs(slides: Slide[], fonts: Fonts): string[] {
  const missing = new Set<string>();
  for (const { texts } of slides)
    for (const { text, font } of texts)
      for (const char of text) if (!fonts[font].hasGlyph(char)) missing.add(char);
  return [...missing];
}
