/**
 * Study modes for a passage: loop it, pause after each one, stop at a link's end time.
 * They act on the playhead's natural moves while playing (a frame or a timeupdate apart), not
 * on the reader's own seeks, so a seek elsewhere simply moves the loop to that passage.
 */
import { create } from 'zustand';
import { translate } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import { showNotice } from './notice-store';
import {
  getPassageStarts,
  interceptTimeSteps,
  pause,
  play,
  seekTo,
  seekToPassage,
  type TimeStep,
  usePlaybackStore,
} from './playback-store';

interface StudyState {
  loop: boolean;
  pauseAfterPassage: boolean;
  /** A link's range end (`#t=203,215`): playback pauses there once. */
  stopAt: number | null;
}

export const useStudyStore = create<StudyState>()(() => ({
  loop: false,
  pauseAfterPassage: false,
  stopAt: null,
}));

export const setLoop = (loop: boolean) => useStudyStore.setState({ loop });
export const setPauseAfterPassage = (pauseAfterPassage: boolean) =>
  useStudyStore.setState({ pauseAfterPassage });
export const setStopAt = (stopAt: number | null) => useStudyStore.setState({ stopAt });

/** Longest gap between two readings that still counts as playing on (timeupdate at 16×). */
const MAX_NATURAL_STEP = 5;

function isNatural({ from, to }: TimeStep) {
  return (
    usePlaybackStore.getState().status === 'playing' && to > from && to - from <= MAX_NATURAL_STEP
  );
}

export function handleStudyStep(step: TimeStep): boolean {
  if (!isNatural(step)) return false;
  const { loop, pauseAfterPassage, stopAt } = useStudyStore.getState();
  if (stopAt !== null && step.from < stopAt && step.to >= stopAt) {
    setStopAt(null);
    pause();
    showNotice(translate('link.rangeEnded', { time: formatClock(Math.round(stopAt)) }));
    // A busy page can notice the crossing a few frames late: come back to the end exactly.
    if (step.to > stopAt) {
      seekTo(stopAt);
      return true;
    }
    return false;
  }
  const crossed = step.fromIndex >= 0 && step.toIndex === step.fromIndex + 1;
  if (!crossed) return false;
  if (loop) {
    seekToPassage(getPassageStarts()[step.fromIndex]!);
    return true;
  }
  if (pauseAfterPassage) pause();
  return false;
}

/** Installs the modes; returns the uninstall function. The last passage loops from `ended`. */
export function installStudyModes(): () => void {
  const stopSteps = interceptTimeSteps(handleStudyStep);
  const stopEnded = usePlaybackStore.subscribe((state, previous) => {
    if (state.status !== 'ended' || previous.status === 'ended') return;
    const starts = getPassageStarts();
    if (useStudyStore.getState().loop && state.activeIndex >= 0 && starts.length) {
      seekToPassage(starts[state.activeIndex]!);
      play();
    }
  });
  return () => {
    stopSteps();
    stopEnded();
  };
}
