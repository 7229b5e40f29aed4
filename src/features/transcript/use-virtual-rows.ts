import {
  defaultRangeExtractor,
  elementScroll,
  type Range,
  useVirtualizer,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { type RefObject, useCallback, useMemo } from 'react';
import type { LanguageMode } from '@/stores/playback-store';

export type RowVirtualizer = Virtualizer<HTMLElement, HTMLElement>;

/**
 * Up to this many passages every row stays in the document, as in a plain list: the browser's
 * find-in-page, printing and screen readers' browse mode see the whole lesson. A 70-minute
 * lecture (about 200 passages of 20 s) still fits; longer lessons render what is in view.
 */
const ALL_ROWS_UP_TO = 250;

/** Whether a lesson of `count` passages has every row in the document. */
export const rendersEveryRow = (count: number) => count <= ALL_ROWS_UP_TO;

/** Rows kept rendered beyond each edge of the view, so Tab and arrow keys find the next one. */
const OVERSCAN = 4;

/**
 * A first guess of a row's height before it is measured (px, the bundled lesson's median row at
 * 1440 px wide), per language mode. Only rows never shown use it: a shown row is measured.
 */
const ESTIMATED_ROW_PX: Record<LanguageMode, number> = { both: 170, zh: 120, en: 110 };

/** Room below the last passage, so that it too can reach the reading line (a share of the view). */
const END_ROOM = 0.4;

interface VirtualRowsOptions {
  count: number;
  keyOf: (index: number) => string;
  scrollRef: RefObject<HTMLElement | null>;
  language: LanguageMode;
  /** Rows kept rendered wherever the view is: the focused one, the one with an open popover. */
  pinned: readonly number[];
  /** Told of every scroll the list itself makes (follow, keeping the place, size corrections). */
  onOwnScroll: (top: number) => void;
}

/**
 * The transcript's rows, addressed by index: which to render and where (measured heights, not
 * guesses, once a row has been shown), and scrolling to any passage whether or not it is in the
 * document. A row that changes height above the view moves the view by the same amount, so what
 * the reader sees stays put.
 */
export function useVirtualRows({
  count,
  keyOf,
  scrollRef,
  language,
  pinned,
  onOwnScroll,
}: VirtualRowsOptions): RowVirtualizer {
  const pinnedKey = pinned.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      const extra = pinnedKey
        .split(',')
        .map(Number)
        .filter((i) => pinnedKey !== '' && i >= 0 && i < count && !shown.includes(i));
      return extra.length ? [...shown, ...extra].sort((a, b) => a - b) : shown;
    },
    [count, pinnedKey],
  );
  const estimateSize = useMemo(() => {
    const px = ESTIMATED_ROW_PX[language];
    return () => px;
  }, [language]);

  // The app is not compiled by the React Compiler; the rows re-render when the list says so.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer<HTMLElement, HTMLElement>({
    count,
    getScrollElement: () => scrollRef.current,
    getItemKey: keyOf,
    estimateSize,
    overscan: OVERSCAN,
    // Before the panel is measured, the window's size: the first render fills the view.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor,
    paddingEnd: Math.round(window.innerHeight * END_ROOM),
    scrollToFn: (offset, options, instance) => {
      onOwnScroll(offset + (options.adjustments ?? 0));
      elementScroll(offset, options, instance);
    },
  });
}

/**
 * The rows to put in the document: those in view, or with `all`, every row (a short lesson's,
 * even while the panel is hidden).
 */
export function rowsToRender(virtualizer: RowVirtualizer, all: boolean): readonly VirtualItem[] {
  if (!all) return virtualizer.getVirtualItems();
  virtualizer.getTotalSize();
  return virtualizer.measurementsCache;
}

/** Passage i's top in the scrolled content, measured or estimated, without reading layout. */
export function rowStart(virtualizer: RowVirtualizer, index: number): number | null {
  virtualizer.getVirtualItems();
  return virtualizer.measurementsCache[index]?.start ?? null;
}

/** The view's height and the furthest it can scroll, as the list last observed them. */
export function viewOf(virtualizer: RowVirtualizer) {
  const height = virtualizer.scrollRect?.height ?? 0;
  return {
    height,
    top: virtualizer.scrollOffset ?? 0,
    maxTop: Math.max(0, virtualizer.getTotalSize() - height),
  };
}

/**
 * After a change of layout: forgets every row's size (rows not in the document go back to the
 * estimate), measures those in the document, and leaves the view where it is for the caller to
 * place, without the list's own corrections.
 */
export function remeasure(virtualizer: RowVirtualizer, rows: ReadonlyMap<number, HTMLElement>) {
  virtualizer.cancelScroll();
  const adjust = virtualizer.shouldAdjustScrollPositionOnItemSizeChange;
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
  virtualizer.measure();
  for (const [index, row] of rows) virtualizer.resizeItem(index, row.offsetHeight);
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = adjust;
}
