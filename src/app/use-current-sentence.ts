import { useMemo, useSyncExternalStore } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { currentSentenceIndex, sentenceTimes } from '@/domain/sentences';
import { getClockTime, subscribeTime } from '@/stores/playback-store';

const listenToNothing = () => () => {};

/**
 * A passage's sentences, and the one being spoken (-1 unless the passage is active): every row
 * is drawn in sentences, so becoming the current passage changes no element, only which
 * sentence is marked. The sentence is read from the clock during the render that makes the
 * passage active (an effect setting it afterwards cost a second render of both rows at every
 * passage change); only the active passage listens to the clock after that, and it re-renders
 * only when the sentence changes, so the highlight steps like karaoke without jitter. A long
 * lesson splits only the rows it renders.
 */
export function useCurrentSentence(passage: Passage, active: boolean) {
  const times = useMemo(() => sentenceTimes(passage), [passage]);
  const subscribe = useMemo(
    () => (active ? (changed: () => void) => subscribeTime(changed) : listenToNothing),
    [active],
  );
  const getCurrent = () => (active ? currentSentenceIndex(times.zh, getClockTime()) : -1);
  const current = useSyncExternalStore(subscribe, getCurrent, getCurrent);
  return { times, current };
}
