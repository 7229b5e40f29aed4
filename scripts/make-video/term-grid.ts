/**
 * A passage's key terms as the points of its slide: each term's Chinese in bold over its
 * English, beside an accent square, in one column or two, whichever lets the type be largest.
 * Pure: widths come from font metrics.
 */
import { ASCENT, COLORS, textWidth, type BoxItem, type Fonts, type TextItem } from './slide-layout';
import { wrapText } from './wrap';

export interface TermPoint {
  zh: string;
  en: string;
}
export interface GridBox {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface TermGrid {
  texts: TextItem[];
  boxes: BoxItem[];
  /** The Chinese size chosen; the English is two thirds of it. */
  size: number;
  columns: number;
}

/** Chinese sizes tried, largest first; below 16 px the Chinese is unreadable on a phone. */
export const TERM_SIZE = { max: 32, min: 16 } as const;
const EN_RATIO = 0.68;
const COLUMN_GAP = 24;
const BULLET = { size: 7, indent: 20 } as const;

interface Cell {
  zh: string[];
  en: string[];
  height: number;
}

function sizes(size: number) {
  const en = Math.round(size * EN_RATIO);
  return {
    zh: size,
    en,
    zhLine: Math.round(size * 1.25),
    enLine: Math.round(en * 1.3),
    inner: Math.round(size * 0.15),
    rowGap: Math.round(size * 0.55),
  };
}

/** Wraps one term into a column `width` wide; null when a line would still overflow. */
function cellAt(point: TermPoint, width: number, size: number, fonts: Fonts): Cell | null {
  const s = sizes(size);
  const zh = wrapText(point.zh, 'zh', width, (t) => textWidth(fonts, 'zhBold', t, s.zh));
  const en = wrapText(point.en, 'en', width, (t) => textWidth(fonts, 'en', t, s.en));
  const fits =
    zh.every((t) => textWidth(fonts, 'zhBold', t, s.zh) <= width) &&
    en.every((t) => textWidth(fonts, 'en', t, s.en) <= width);
  const height = zh.length * s.zhLine + s.inner + en.length * s.enLine;
  return fits ? { zh, en, height } : null;
}

function rowsOf<T>(items: T[], columns: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += columns) rows.push(items.slice(i, i + columns));
  return rows;
}

/** The grid at one size and column count, vertically centred in the box; null if it overflows. */
function gridAt(
  points: TermPoint[],
  columns: number,
  size: number,
  box: GridBox,
  fonts: Fonts,
): TermGrid | null {
  const s = sizes(size);
  const columnWidth = (box.width - (columns - 1) * COLUMN_GAP) / columns;
  const cells = points.map((p) => cellAt(p, columnWidth - BULLET.indent, size, fonts));
  if (cells.some((c) => c === null)) return null;
  const rows = rowsOf(cells as Cell[], columns);
  const heights = rows.map((row) => Math.max(...row.map((c) => c.height)));
  const total = heights.reduce((sum, h) => sum + h, 0) + s.rowGap * (rows.length - 1);
  if (total > box.height) return null;
  const texts: TextItem[] = [];
  const boxes: BoxItem[] = [];
  let top = box.top + Math.floor((box.height - total) / 2);
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const left = box.left + Math.round(c * (columnWidth + COLUMN_GAP));
      const x = left + BULLET.indent;
      const first = top + Math.round(s.zh * ASCENT.zhBold);
      // The square sits on the middle of the first Chinese line (ideographs span ~0.8 em).
      const middle = first - Math.round(s.zh * 0.38);
      const half = Math.floor(BULLET.size / 2);
      boxes.push({
        x: left,
        y: middle - half,
        w: BULLET.size,
        h: BULLET.size,
        color: COLORS.accent,
      });
      cell.zh.forEach((text, i) =>
        texts.push({
          text,
          font: 'zhBold',
          size: s.zh,
          color: COLORS.zh,
          x,
          baseline: first + i * s.zhLine,
        }),
      );
      const enTop = top + cell.zh.length * s.zhLine + s.inner;
      cell.en.forEach((text, i) =>
        texts.push({
          text,
          font: 'en',
          size: s.en,
          color: COLORS.en,
          x,
          baseline: enTop + i * s.enLine + Math.round(s.en * ASCENT.en),
        }),
      );
    });
    top += heights[r]! + s.rowGap;
  });
  return { texts, boxes, size, columns };
}

/**
 * The largest size at which the terms fit the box, one column preferred to two at equal size.
 * Throws when even the smallest size overflows, naming the first term, rather than shrinking
 * text past what a phone can show.
 */
export function layoutTerms(points: TermPoint[], box: GridBox, fonts: Fonts): TermGrid {
  const columnChoices = points.length > 2 ? [1, 2] : [1];
  for (let size = TERM_SIZE.max; size >= TERM_SIZE.min; size--)
    for (const columns of columnChoices) {
      const grid = gridAt(points, columns, size, box, fonts);
      if (grid) return grid;
    }
  throw new Error(`key terms do not fit on a slide: "${points[0]?.zh ?? ''}"…`);
}
