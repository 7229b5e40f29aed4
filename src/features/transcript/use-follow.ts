import { type RefObject, useEffect, useRef } from 'react';
import { setFollow, usePlaybackStore } from '@/stores/playback-store';

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** Where the active passage settles, as a share of the panel's height from its top. */
const ANCHOR = 0.2;
/** A smooth scroll that never reports its end (interrupted, or too short) stops counting as ours. */
const PROGRAMMATIC_TIMEOUT_MS = 1500;

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Follows from a component of its own: it is the only part of the panel that listens to the
 * active passage, so a passage change re-renders it and the two rows, not the whole panel
 * (which would make React walk every row to find the two that changed).
 */
export function FollowScroller({ scrollRef }: { scrollRef: RefObject<HTMLElement | null> }) {
  useFollow(scrollRef);
  return null;
}

/**
 * Keeps the active passage in view inside the scroll container (never the page: it sets the
 * container's scrollTop instead of calling scrollIntoView). Any sign that the reader took over
 * (wheel, touch, scroll keys, dragging the scrollbar, selecting text, focus moving in) pauses
 * following; the panel offers a button to resume.
 */
export function useFollow(scrollRef: RefObject<HTMLElement | null>) {
  const activeIndex = usePlaybackStore((s) => s.activeIndex);
  const follow = usePlaybackStore((s) => s.follow);
  // The scrollTop our own scroll is heading for; scroll events until it is reached are ours.
  const programmatic = useRef<{ target: number; until: number } | null>(null);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !follow || activeIndex < 0) return;
    const item = container.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!item) return;
    const offset = item.getBoundingClientRect().top - container.getBoundingClientRect().top;
    const target = Math.max(0, container.scrollTop + offset - container.clientHeight * ANCHOR);
    const reachable = Math.min(target, container.scrollHeight - container.clientHeight);
    if (Math.abs(reachable - container.scrollTop) < 1) return;
    programmatic.current = {
      target: reachable,
      until: performance.now() + PROGRAMMATIC_TIMEOUT_MS,
    };
    container.scrollTo({ top: reachable, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [scrollRef, activeIndex, follow]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const takeOver = () => {
      programmatic.current = null;
      setFollow(false);
    };
    const ours = () => {
      const scroll = programmatic.current;
      if (scroll && performance.now() < scroll.until) return true;
      programmatic.current = null;
      return false;
    };
    const handleScroll = () => {
      if (!ours()) setFollow(false);
    };
    const handleScrollEnd = () => {
      const scroll = programmatic.current;
      // A scrollend from some earlier scroll must not end ours before it arrives.
      if (scroll && Math.abs(container.scrollTop - scroll.target) <= 2) programmatic.current = null;
    };
    const handleKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key) && event.target === container) takeOver();
    };
    const handlePointer = (event: PointerEvent) => {
      // A press on the container itself, not on a passage inside it, is the scrollbar.
      if (event.target === container) takeOver();
    };
    const handleSelection = () => {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && container.contains(selection.anchorNode))
        takeOver();
    };
    container.addEventListener('wheel', takeOver, { passive: true });
    container.addEventListener('touchmove', takeOver, { passive: true });
    container.addEventListener('scroll', handleScroll, { passive: true });
    container.addEventListener('scrollend', handleScrollEnd);
    container.addEventListener('keydown', handleKey);
    container.addEventListener('pointerdown', handlePointer);
    container.addEventListener('focusin', takeOver);
    document.addEventListener('selectionchange', handleSelection);
    return () => {
      container.removeEventListener('wheel', takeOver);
      container.removeEventListener('touchmove', takeOver);
      container.removeEventListener('scroll', handleScroll);
      container.removeEventListener('scrollend', handleScrollEnd);
      container.removeEventListener('keydown', handleKey);
      container.removeEventListener('pointerdown', handlePointer);
      container.removeEventListener('focusin', takeOver);
      document.removeEventListener('selectionchange', handleSelection);
    };
  }, [scrollRef]);
}
