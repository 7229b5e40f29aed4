import { useEffect, useMemo, useState } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { currentSentenceIndex, sentenceTimes } from '@/domain/sentences';
import { subscribeTime } from '@/stores/playback-store';

/**
 * The sentence being spoken in this passage, or -1: only the active passage listens to the
 * clock, and it re-renders only when the sentence changes, so the highlight steps like
 * karaoke without jitter.
 */
export function useCurrentSentence(passage: Passage, active: boolean) {
  // Only the active passage is split into sentences: a lesson of thousands of passages pays
  // for one at a time, when it becomes active.
  const times = useMemo(() => (active ? sentenceTimes(passage) : null), [active, passage]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    if (!times) return;
    const zh = times.zh;
    const unsubscribe = subscribeTime((time) => setCurrent(currentSentenceIndex(zh, time)));
    return () => {
      unsubscribe();
      setCurrent(-1);
    };
  }, [times]);

  return { times, current: times ? current : -1 };
}
