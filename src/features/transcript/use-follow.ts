import { type RefObject, useEffect, useRef } from 'react';
import { setFollow, usePlaybackStore } from '@/stores/playback-store';

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** Where the active passage settles, as a share of the panel's height from its top. */
const ANCHOR = 0.2;

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Keeps the active passage in view inside the scroll container (never the page: it sets the
 * container's scrollTop instead of calling scrollIntoView). Any sign that the reader took over
 * (wheel, touch, scroll keys, dragging the scrollbar, selecting text, focus moving in) pauses
 * following; the panel offers a button to resume.
 */
export function useFollow(scrollRef: RefObject<HTMLElement | null>) {
  const activeIndex = usePlaybackStore((s) => s.activeIndex);
  const follow = usePlaybackStore((s) => s.follow);
  const programmatic = useRef(false);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !follow || activeIndex < 0) return;
    const item = container.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!item) return;
    const offset = item.getBoundingClientRect().top - container.getBoundingClientRect().top;
    const target = Math.max(0, container.scrollTop + offset - container.clientHeight * ANCHOR);
    const max = container.scrollHeight - container.clientHeight;
    if (Math.abs(Math.min(target, max) - container.scrollTop) < 1) return;
    programmatic.current = true;
    container.scrollTo({ top: target, behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [scrollRef, activeIndex, follow]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const takeOver = () => {
      programmatic.current = false;
      setFollow(false);
    };
    const handleScroll = () => {
      if (!programmatic.current) setFollow(false);
    };
    const handleScrollEnd = () => {
      programmatic.current = false;
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
