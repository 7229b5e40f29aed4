import { useEffect, useMemo, useState } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { currentSentenceIndex, sentenceTimes } from '@/domain/sentences';
import { subscribeTime } from '@/stores/playback-store';

/**
 * A passage's sentences, and the one being spoken (-1 unless the passage is active): every row
 * is drawn in sentences, so becoming the current passage changes no element, only which
 * sentence is marked. Only the active passage listens to the clock, and it re-renders only when
 * the sentence changes, so the highlight steps like karaoke without jitter. A long lesson
 * splits only the rows it renders.
 */
export function useCurrentSentence(passage: Passage, active: boolean) {
  const times = useMemo(() => sentenceTimes(passage), [passage]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    if (!active) return;
    const zh = times.zh;
    const unsubscribe = subscribeTime((time) => setCurrent(currentSentenceIndex(zh, time)));
    return () => {
      unsubscribe();
      setCurrent(-1);
    };
  }, [times, active]);

  return { times, current: active ? current : -1 };
}
