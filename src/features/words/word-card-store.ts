/**
 * Which word's card is open, and which word is being read word by word; one of each per page.
 * Rules: a row selects only whether it holds the open or the current word (no store
 * subscription per word); opening a card while playing pauses, when the reader wants that, and
 * closing the card resumes only the playing the card itself paused.
 */
import { create } from 'zustand';
import { useLookupPreferences } from '@/stores/preferences';
import { pause, play, usePlaybackStore } from '@/stores/playback-store';

/** A word of a passage: `word` indexes the passage's words in the word file. */
export interface WordPlace {
  passageIndex: number;
  word: number;
}

interface WordCardState {
  open: (WordPlace & { via: 'pointer' | 'keyboard' }) | null;
  reading: WordPlace | null;
}

export const useWordCardStore = create<WordCardState>()(() => ({ open: null, reading: null }));

let pausedByCard = false;

export function openWordCard(place: WordPlace, via: 'pointer' | 'keyboard') {
  const { open } = useWordCardStore.getState();
  if (open?.passageIndex === place.passageIndex && open.word === place.word) return;
  if (!open && useLookupPreferences.getState().pauseOnLookup) {
    pausedByCard = usePlaybackStore.getState().status === 'playing';
    if (pausedByCard) pause();
  }
  useWordCardStore.setState({ open: { ...place, via } });
}

export function closeWordCard() {
  if (!useWordCardStore.getState().open) return;
  useWordCardStore.setState({ open: null });
  if (pausedByCard) play();
  pausedByCard = false;
}

export function readWord(place: WordPlace | null) {
  useWordCardStore.setState({ reading: place });
}

/** For a row: the word of this passage whose card is open, or -1. */
export const selectOpenWord = (passageIndex: number) => (s: WordCardState) =>
  s.open?.passageIndex === passageIndex ? s.open.word : -1;

/** For a row: the word of this passage being read word by word, or -1. */
export const selectReadingWord = (passageIndex: number) => (s: WordCardState) =>
  s.reading?.passageIndex === passageIndex ? s.reading.word : -1;
