import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
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
  useKeepPlace(scrollRef, (container, target) => {
    programmatic.current = { target, until: performance.now() + PROGRAMMATIC_TIMEOUT_MS };
    container.scrollTop = target;
  });

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
    // Focus moved in from the keyboard (Tab) is the reader taking over; a click on a passage's
    // time also focuses its button, and that asks to play from there, not to stop following.
    const handleFocus = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.matches(':focus-visible')) takeOver();
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
    container.addEventListener('focusin', handleFocus);
    document.addEventListener('selectionchange', handleSelection);
    return () => {
      container.removeEventListener('wheel', takeOver);
      container.removeEventListener('touchmove', takeOver);
      container.removeEventListener('scroll', handleScroll);
      container.removeEventListener('scrollend', handleScrollEnd);
      container.removeEventListener('keydown', handleKey);
      container.removeEventListener('pointerdown', handlePointer);
      container.removeEventListener('focusin', handleFocus);
      document.removeEventListener('selectionchange', handleSelection);
    };
  }, [scrollRef]);
}

interface Place {
  index: number;
  /** The row's top, from the container's top, in px. */
  offset: number;
}

const rowTop = (row: Element, container: Element) =>
  row.getBoundingClientRect().top - container.getBoundingClientRect().top;

/** The current passage when following, else the first row showing at the top of the view. */
function placeOf(container: HTMLElement, current: number): Place | null {
  const rows = container.querySelectorAll<HTMLElement>('[data-index]');
  for (const row of rows) {
    const index = Number(row.dataset.index);
    const top = rowTop(row, container);
    if (current >= 0 ? index === current : top + row.offsetHeight > 0)
      return { index, offset: top };
  }
  return null;
}

/**
 * A change of transcript language (English / 中文 / Both) changes every row's height: keep the
 * reader's place, the current passage or the one at the top of the view, where it was on screen.
 * The place is read when the language changes in the store, before React renders the new rows,
 * and restored in the same commit, before paint.
 */
function useKeepPlace(
  scrollRef: RefObject<HTMLElement | null>,
  scrollTo: (container: HTMLElement, top: number) => void,
) {
  const language = usePlaybackStore((s) => s.language);
  const place = useRef<Place | null>(null);
  useEffect(
    () =>
      usePlaybackStore.subscribe((state, previous) => {
        const container = scrollRef.current;
        if (state.language === previous.language || !container) return;
        place.current = placeOf(container, state.follow ? state.activeIndex : -1);
      }),
    [scrollRef],
  );
  useLayoutEffect(() => {
    const container = scrollRef.current;
    const kept = place.current;
    place.current = null;
    const row = kept && container?.querySelector(`[data-index="${kept.index}"]`);
    if (!container || !kept || !row) return;
    // Always through scrollTo, even with nothing to move: the engine's own scroll anchoring
    // may already have moved the view, and its scroll event must not count as the reader's.
    scrollTo(container, container.scrollTop + rowTop(row, container) - kept.offset);
    // Only a language change moves the place; scrollTo is a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRef, language]);
}
