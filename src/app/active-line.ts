import type { RefObject } from 'react';
import type { TranscriptHandle } from '@/features/transcript/transcript-handle';
import { usePlaybackStore } from '@/stores/playback-store';

/** The sentences being spoken (one per language shown), as the passage texts render them. */
const currentSentences = new Set<HTMLElement>();

/** A ref for the current sentence's element (React 19 runs the returned cleanup). */
export function setCurrentSentence(element: HTMLElement) {
  currentSentences.add(element);
  return () => {
    currentSentences.delete(element);
  };
}

/**
 * The line being spoken, for a term popover to keep clear of: the current sentence, else the
 * current passage's row.
 */
export function activeLineGetter(transcript: RefObject<TranscriptHandle | null>) {
  return (): Element | null => {
    for (const sentence of currentSentences) if (sentence.isConnected) return sentence;
    const index = usePlaybackStore.getState().activeIndex;
    return index < 0 ? null : (transcript.current?.getPassageElement(index) ?? null);
  };
}
