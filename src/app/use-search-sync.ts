import { type RefObject, useEffect, useMemo } from 'react';
import type { Lesson } from '@/domain/lesson-schema';
import type { TranscriptHandle } from '@/features/transcript/transcript-handle';
import { clearSearch, useSearchStore } from '@/features/search/search-store';
import { setFollow } from '@/stores/playback-store';

/**
 * Where search meets the rest of the page: following pauses while a search is active (the
 * reader is looking around) and resumes when it is cleared; the current hit's passage is
 * brought into the document (a long lesson renders only the rows in view), where its row shows
 * the hit itself; hits become progress-bar ticks.
 */
export function useSearchSync(lesson: Lesson, transcript: RefObject<TranscriptHandle | null>) {
  useEffect(() => {
    const unsubscribe = useSearchStore.subscribe((state, previous) => {
      const active = state.query.trim() !== '';
      if (active !== (previous.query.trim() !== '')) setFollow(!active);
      const hit = state.hits[state.activeHitIndex];
      if (hit && hit !== previous.hits[previous.activeHitIndex]) {
        const handle = transcript.current;
        if (handle && !handle.getPassageElement(hit.passageIndex))
          handle.showPassage(hit.passageIndex);
      }
    });
    return () => {
      unsubscribe();
      clearSearch();
    };
  }, [transcript]);

  const hits = useSearchStore((s) => s.hits);
  return useMemo(
    () =>
      hits.map((hit) => {
        // A hit's place within its passage, as a share of the text, stands for its time.
        const passage = lesson.passages[hit.passageIndex]!;
        const share = hit.start / Math.max(1, passage[hit.language].length);
        return passage.start + share * (passage.end - passage.start);
      }),
    [hits, lesson.passages],
  );
}

/**
 * Ctrl/⌘-F opens the transcript's search where the browser's find-in-page would miss passages:
 * a long lesson renders only the rows near the view. Short lessons keep the browser's own.
 */
export function useFindOpensSearch(enabled: boolean, focusSearch: () => void) {
  useEffect(() => {
    if (!enabled) return;
    const handleKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'f' || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey || event.defaultPrevented) return;
      event.preventDefault();
      focusSearch();
    };
    document.addEventListener('keydown', handleKey);
    return () => document.removeEventListener('keydown', handleKey);
  }, [enabled, focusSearch]);
}
