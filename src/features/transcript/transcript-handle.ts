import type { RefObject } from 'react';

/**
 * What the composing page may ask of the transcript, by passage index: no other code reaches
 * into its markup.
 */
export interface TranscriptHandle {
  /** Passage i's row, if it is in the DOM. */
  getPassageElement(index: number): HTMLElement | null;
  /** Scrolls the transcript (never the page) so that an element inside it is in view. */
  reveal(element: HTMLElement): void;
}

export function createTranscriptHandle(scrollRef: RefObject<HTMLElement | null>): TranscriptHandle {
  return {
    getPassageElement: (index) =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null,
    reveal(element) {
      const panel = scrollRef.current;
      if (!panel || !panel.contains(element)) return;
      const box = element.getBoundingClientRect();
      const view = panel.getBoundingClientRect();
      if (box.top >= view.top && box.bottom <= view.bottom) return;
      panel.scrollTo({ top: panel.scrollTop + box.top - view.top - panel.clientHeight / 3 });
    },
  };
}
