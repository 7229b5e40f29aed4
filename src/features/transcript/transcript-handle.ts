import type { RefObject } from 'react';
import { rowStart, type RowVirtualizer, viewOf } from './use-virtual-rows';

/** Where a passage brought into view settles, as a share of the panel's height from its top. */
export const READING_LINE = 0.2;

/**
 * What the composing page may ask of the transcript, by passage index: no other code reaches
 * into its markup. In a long lesson only the rows near the view are in the document.
 */
export interface TranscriptHandle {
  /** Passage i's row, if it is in the document. */
  getPassageElement(index: number): HTMLElement | null;
  /** Scrolls the transcript so that passage i is in view (rendering it if it was not). */
  showPassage(index: number): void;
  /** Scrolls the transcript (never the page) so that an element inside it is in view. */
  reveal(element: HTMLElement): void;
}

/** The scroll that puts passage i on the reading line, from what the list knows (no layout read). */
export function passageTarget(virtualizer: RowVirtualizer, index: number): number | null {
  const start = rowStart(virtualizer, index);
  if (start === null) return null;
  const view = viewOf(virtualizer);
  return Math.min(view.maxTop, Math.max(0, start - view.height * READING_LINE));
}

export function createTranscriptHandle(
  scrollRef: RefObject<HTMLElement | null>,
  virtualizer: RowVirtualizer,
  rows: ReadonlyMap<number, HTMLElement>,
  onOwnScroll: (top: number) => void,
): TranscriptHandle {
  const scrollTo = (panel: HTMLElement, top: number) => {
    onOwnScroll(top);
    panel.scrollTo({ top });
  };
  return {
    getPassageElement: (index) => rows.get(index) ?? null,
    showPassage(index) {
      const panel = scrollRef.current;
      const row = rows.get(index);
      if (row) return this.reveal(row);
      const top = passageTarget(virtualizer, index);
      if (panel && top !== null) scrollTo(panel, top);
    },
    reveal(element) {
      const panel = scrollRef.current;
      if (!panel || !panel.contains(element)) return;
      const box = element.getBoundingClientRect();
      const view = panel.getBoundingClientRect();
      if (box.top >= view.top && box.bottom <= view.bottom) return;
      scrollTo(panel, panel.scrollTop + box.top - view.top - panel.clientHeight / 3);
    },
  };
}
