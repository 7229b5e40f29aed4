import { useCallback, useSyncExternalStore } from 'react';
import { currentSentenceIndex, type TimedSentence } from '@/domain/sentences';
import { isActivePassage, subscribeActive } from '@/stores/active-passage';
import { getClockTime, subscribeTime } from '@/stores/playback-store';

type Times = readonly Pick<TimedSentence, 'time' | 'endTime'>[];

/**
 * Whether sentence `sentence` of passage `passageIndex` is the one being spoken. Each sentence
 * asks for itself, so a passage change re-renders the sentences that stop and start being
 * spoken and the two rows' own elements, never a passage's decorated text. A sentence hears
 * only its own passage becoming or stopping being active; while its passage is active it also
 * listens to the clock, and re-renders only when it starts or stops being the spoken one, so
 * the highlight steps like karaoke without jitter. The sentence is read from the clock's last
 * time, the one the active passage was found from. `times` are the Chinese sentences' (the
 * English sentences, when they pair up, share them).
 */
export function useIsCurrentSentence(passageIndex: number, times: Times, sentence: number) {
  const subscribe = useCallback(
    (changed: () => void) => {
      let stopClock: (() => void) | null = null;
      const listenToClock = () => {
        stopClock?.();
        stopClock = isActivePassage(passageIndex) ? subscribeTime(changed) : null;
      };
      listenToClock();
      const stopActive = subscribeActive(passageIndex, () => {
        listenToClock();
        changed();
      });
      return () => {
        stopActive();
        stopClock?.();
      };
    },
    [passageIndex],
  );
  const get = () =>
    isActivePassage(passageIndex) && currentSentenceIndex(times, getClockTime()) === sentence;
  return useSyncExternalStore(subscribe, get, get);
}
