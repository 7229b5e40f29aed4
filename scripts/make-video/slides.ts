/**
 * What each slide shows and where, as plain data: the title card, then one slide per passage
 * as a lecture would show it: the lesson's title, the passage's time and number, and the key
 * terms the passage mentions as its points. Never the passage's text: the captions and the
 * transcript already show it. The clock and the progress fill change every second, so they are
 * drawn later over all slides (see filters.ts); everything here is static for the slide's window.
 */
import type { Lesson, Term } from '@/domain/lesson-schema';
import { getTermIndex } from '@/domain/term-matcher';
import { formatClock } from '@/utils/time';
import {
  COLORS,
  FOOTER,
  FRAME,
  MARGIN,
  centreVertically,
  placeBlocks,
  progressTrack,
  textWidth,
  type BlockStyle,
  type BoxItem,
  type FontRole,
  type Fonts,
  type Slide,
  type TextItem,
} from './slide-layout';
import { layoutTerms } from './term-grid';

const BAND_HEIGHT = 78;
/** Where the points go: below the band and the "Key terms" label, above the footer rule. */
const BODY = { top: 116, bottom: 306 } as const;
const FOOTER_RULE = 312;

const style = (font: FontRole, color: string, maxSize: number, minSize: number): BlockStyle => ({
  font,
  color,
  maxSize,
  minSize,
  leading: font.startsWith('zh') ? 1.4 : 1.3,
  script: font.startsWith('zh') ? 'zh' : 'en',
});

/** The key terms each passage mentions in either language, in the order the Chinese says
 *  them (the narration is Chinese); a term found only in the English follows. */
export function passageTerms(lesson: Lesson): Term[][] {
  const byId = new Map(lesson.terms.map((t) => [t.id, t]));
  return getTermIndex(lesson).passages.map(({ zh, en }) => {
    const ids = new Set([...zh, ...en].map((m) => m.termId));
    return [...ids].map((id) => byId.get(id)!);
  });
}

export function passageLabel(index: number, total: number) {
  return `Passage ${index + 1} of ${total} · 第 ${index + 1} 段，共 ${total} 段`;
}

export function seriesLines(lesson: Lesson) {
  const { title, number, total } = lesson.series;
  return {
    zh: `${title.zh} · 第 ${number} 课（共 ${total} 课）`,
    en: `${title.en} · Lesson ${number} of ${total}`,
  };
}

export function titleSlide(lesson: Lesson, fonts: Fonts): Slide {
  const series = seriesLines(lesson);
  const texts = placeBlocks(
    [
      { text: series.zh, style: style('zh', COLORS.muted, 18, 12) },
      { text: series.en, style: style('en', COLORS.muted, 16, 11) },
      { text: lesson.title.zh, style: style('zhBold', COLORS.zh, 32, 18) },
      { text: lesson.title.en, style: style('en', COLORS.en, 22, 13) },
    ],
    { x: 'center', top: 40, width: FRAME.width - 2 * MARGIN - 32, height: 260, gap: 14 },
    fonts,
  );
  const centred = centreVertically(texts, 0, FOOTER_RULE);
  return { start: 0, end: lesson.passages[0]!.start, texts: centred, boxes: [progressTrack] };
}

/** The band across the top: the lesson's title in both languages, the English on one line. */
function titleBand(lesson: Lesson, fonts: Fonts): TextItem[] {
  return placeBlocks(
    [
      { text: lesson.title.zh, style: style('zhBold', COLORS.zh, 24, 15) },
      { text: lesson.title.en, style: style('en', COLORS.en, 15, 10) },
    ],
    { x: MARGIN, top: 12, width: FRAME.width - 2 * MARGIN, height: 56, gap: 4 },
    fonts,
  );
}

/** The bottom row's left half: the passage's start time and its place in the lesson. */
function footer(lesson: Lesson, index: number, fonts: Fonts): TextItem[] {
  const stamp = formatClock(lesson.passages[index]!.start);
  const stampSize = 19;
  const stampWidth = Math.ceil(textWidth(fonts, 'enBold', stamp, stampSize));
  const { baseline } = FOOTER;
  return [
    { text: stamp, font: 'enBold', size: stampSize, color: COLORS.accent, x: MARGIN, baseline },
    {
      text: passageLabel(index, lesson.passages.length),
      font: 'en',
      size: 16,
      color: COLORS.en,
      x: MARGIN + stampWidth + 12,
      baseline,
    },
  ];
}

/** A passage that names no key term: the series, quietly, in place of the points. */
function seriesPanel(lesson: Lesson, fonts: Fonts): { texts: TextItem[]; boxes: BoxItem[] } {
  const series = seriesLines(lesson);
  const texts = placeBlocks(
    [
      { text: series.zh, style: style('zh', COLORS.muted, 22, 14) },
      { text: series.en, style: style('en', COLORS.muted, 17, 11) },
    ],
    { x: 'center', top: BODY.top, width: FRAME.width - 2 * MARGIN, height: 80, gap: 8 },
    fonts,
  );
  // Centred in the whole body, label row included, with a short accent rule above.
  const centred = centreVertically(texts, BAND_HEIGHT + 16, BODY.bottom);
  const ruleY = Math.min(...centred.map((t) => t.baseline - t.size)) - 18;
  const rule = { x: (FRAME.width - 48) / 2, y: ruleY, w: 48, h: 3, color: COLORS.accent };
  return { texts: centred, boxes: [rule] };
}

function termsPanel(terms: Term[], fonts: Fonts): { texts: TextItem[]; boxes: BoxItem[] } {
  const label: TextItem = {
    text: 'Key terms · 关键术语',
    font: 'en',
    size: 15,
    color: COLORS.muted,
    x: MARGIN,
    baseline: BAND_HEIGHT + 27,
  };
  const grid = layoutTerms(
    terms.map(({ zh, en }) => ({ zh, en })),
    {
      left: MARGIN,
      top: BODY.top,
      width: FRAME.width - 2 * MARGIN,
      height: BODY.bottom - BODY.top,
    },
    fonts,
  );
  return { texts: [label, ...grid.texts], boxes: grid.boxes };
}

export function passageSlide(lesson: Lesson, index: number, terms: Term[], fonts: Fonts): Slide {
  const passage = lesson.passages[index]!;
  const body = terms.length ? termsPanel(terms, fonts) : seriesPanel(lesson, fonts);
  const band: BoxItem = { x: 0, y: 0, w: FRAME.width, h: BAND_HEIGHT, color: COLORS.band };
  const rule: BoxItem = {
    x: MARGIN,
    y: FOOTER_RULE,
    w: FRAME.width - 2 * MARGIN,
    h: 1,
    color: COLORS.track,
  };
  return {
    start: passage.start,
    end: passage.end,
    texts: [...titleBand(lesson, fonts), ...body.texts, ...footer(lesson, index, fonts)],
    boxes: [band, rule, ...body.boxes, progressTrack],
  };
}

export function buildSlides(lesson: Lesson, fonts: Fonts): Slide[] {
  const terms = passageTerms(lesson);
  return [
    titleSlide(lesson, fonts),
    ...lesson.passages.map((_, i) => passageSlide(lesson, i, terms[i]!, fonts)),
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
