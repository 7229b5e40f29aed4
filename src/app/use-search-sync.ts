import { useEffect, useMemo } from 'react';
import type { Lesson } from '@/domain/lesson-schema';
import { clearSearch, useSearchStore } from '@/features/search/search-store';
import { setFollow } from '@/stores/playback-store';

/**
 * Where search meets the rest of the page: following pauses while a search is active (the
 * reader is looking around) and resumes when it is cleared; hits become progress-bar ticks.
 */
export function useSearchSync(lesson: Lesson) {
  useEffect(() => {
    const unsubscribe = useSearchStore.subscribe((state, previous) => {
      const active = state.query.trim() !== '';
      if (active !== (previous.query.trim() !== '')) setFollow(!active);
    });
    return () => {
      unsubscribe();
      clearSearch();
    };
  }, []);

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
