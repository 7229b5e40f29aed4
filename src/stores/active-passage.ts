/**
 * Which passage is active, heard per passage: a passage change tells the passage that stopped
 * being active and the one that became active, and nobody else, so its cost does not grow with
 * the rows on screen (a store selector per row would run every row's selector at every change).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { usePlaybackStore } from './playback-store';

const activeListeners = new Map<number, Set<() => void>>();
usePlaybackStore.subscribe((state, previous) => {
  if (state.activeIndex === previous.activeIndex) return;
  activeListeners.get(previous.activeIndex)?.forEach((listener) => listener());
  activeListeners.get(state.activeIndex)?.forEach((listener) => listener());
});

/** Hears passage `index` become or stop being the active one; returns the unsubscribe. */
export function subscribeActive(index: number, listener: () => void): () => void {
  let listeners = activeListeners.get(index);
  if (!listeners) activeListeners.set(index, (listeners = new Set()));
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) activeListeners.delete(index);
  };
}

export const isActivePassage = (index: number) => usePlaybackStore.getState().activeIndex === index;

/** Whether passage `index` is the active one; re-renders only when that changes. */
export function useIsActivePassage(index: number): boolean {
  const subscribe = useCallback((changed: () => void) => subscribeActive(index, changed), [index]);
  const get = () => isActivePassage(index);
  return useSyncExternalStore(subscribe, get, get);
}
