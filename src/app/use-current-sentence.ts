import { useEffect, useMemo, useState } from 'react';
import type { Passage } from '@/features/lesson/lesson-schema';
import { currentSentenceIndex, sentenceTimes } from '@/features/sentences/sentences';
import { subscribeTime, usePlaybackStore } from '@/stores/playback-store';

/**
 * The sentence being spoken in this passage, or -1: only the active passage listens to the
 * clock, and it re-renders only when the sentence changes, so the highlight steps like
 * karaoke without jitter.
 */
export function useCurrentSentence(passage: Passage, passageIndex: number) {
  const active = usePlaybackStore((s) => s.activeIndex === passageIndex);
  const times = useMemo(() => sentenceTimes(passage), [passage]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    if (!active) return;
    const unsubscribe = subscribeTime((time) => setCurrent(currentSentenceIndex(times.zh, time)));
    return () => {
      unsubscribe();
      setCurrent(-1);
    };
  }, [active, times]);

  return { times, current: active ? current : -1 };
}
