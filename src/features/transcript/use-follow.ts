import { type RefObject, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { setFollow, usePlaybackStore } from '@/stores/playback-store';
import { passageTarget } from './transcript-handle';
import { remeasure, rowStart, type RowVirtualizer, viewOf } from './use-virtual-rows';

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);
/** A smooth scroll that never reports its end (interrupted, or too short) stops counting as ours. */
const PROGRAMMATIC_TIMEOUT_MS = 1500;
/** Further than this many views away, the follow jumps: gliding would render every row between. */
const GLIDE_VIEWS = 10;

const reducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The transcript's own scrolls (following, keeping the place, the list's size corrections), told
 * apart from the reader's: scroll events until the target is reached are ours. A scroll event
 * that comes nearer the target than any before is ours however late it comes (a page busy for
 * a moment lets a whole glide's events through at once, past any time limit); one that comes
 * later than the limit and no nearer is the reader's.
 */
export function useOwnScrolls(scrollRef: RefObject<HTMLElement | null>) {
  const own = useRef<{ target: number; until: number; distance: number } | null>(null);
  return useMemo(() => {
    const distanceTo = (target: number) =>
      Math.abs((scrollRef.current?.scrollTop ?? Infinity) - target);
    return {
      /** Called just before the scroll is made (which lays the page out anyway). */
      mark(target: number) {
        own.current = {
          target,
          until: performance.now() + PROGRAMMATIC_TIMEOUT_MS,
          distance: scrollRef.current ? distanceTo(target) : 0,
        };
      },
      clear() {
        own.current = null;
      },
      /**
       * Whether a scroll event now is one of ours. The view's place is read only past the time
       * limit: a scroll event's handler that reads it after the list has put rows in the
       * document would lay the page out there and then.
       */
      ours() {
        const scroll = own.current;
        if (!scroll) return false;
        if (performance.now() < scroll.until) return true;
        const distance = distanceTo(scroll.target);
        if (distance < scroll.distance) {
          scroll.distance = distance;
          return true;
        }
        own.current = null;
        return false;
      },
      /** A scroll came to rest: ours ends at its target, an earlier one's end does not end it. */
      ended() {
        const scroll = own.current;
        if (scroll && distanceTo(scroll.target) <= 2) own.current = null;
      },
    };
  }, [scrollRef]);
}
export type OwnScrolls = ReturnType<typeof useOwnScrolls>;

interface FollowProps {
  scrollRef: RefObject<HTMLElement | null>;
  /** The list of passages, whose height the list of rows sets. */
  listRef: RefObject<HTMLElement | null>;
  virtualizer: RowVirtualizer;
  /** The rows in the document, by passage index. */
  rows: ReadonlyMap<number, HTMLElement>;
  ownScrolls: OwnScrolls;
}

/**
 * Follows from a component of its own: it is the only part of the panel that listens to the
 * active passage, so a passage change re-renders it and the two rows, not the whole panel
 * (which would make React walk every row to find the two that changed).
 */
export function FollowScroller(props: FollowProps) {
  useFollow(props);
  return null;
}

/**
 * Keeps the active passage in view inside the scroll container (never the page: it sets the
 * container's scrollTop instead of calling scrollIntoView). Any sign that the reader took over
 * (wheel, touch, scroll keys, dragging the scrollbar, selecting text, focus moving in) pauses
 * following; the panel offers a button to resume.
 */
export function useFollow({ scrollRef, listRef, virtualizer, rows, ownScrolls }: FollowProps) {
  const activeIndex = usePlaybackStore((s) => s.activeIndex);
  const follow = usePlaybackStore((s) => s.follow);
  useKeepPlace(scrollRef, listRef, virtualizer, rows, ownScrolls);

  // Where to scroll comes from the list's own record of row positions, not from layout, and the
  // scroll waits for the next frame: a passage change forces no layout (scrolling an element
  // lays the page out first), and the passage need not be in the document.
  useEffect(() => {
    if (!follow || activeIndex < 0) return;
    const frame = requestAnimationFrame(() => {
      const container = scrollRef.current;
      const target = passageTarget(virtualizer, activeIndex);
      const view = viewOf(virtualizer);
      if (!container || target === null || Math.abs(target - view.top) < 1) return;
      const far = Math.abs(target - view.top) > GLIDE_VIEWS * view.height;
      ownScrolls.mark(target);
      container.scrollTo({ top: target, behavior: reducedMotion() || far ? 'auto' : 'smooth' });
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollRef, virtualizer, ownScrolls, activeIndex, follow]);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container) return;
    const takeOver = () => {
      ownScrolls.clear();
      virtualizer.cancelScroll();
      setFollow(false);
    };
    const handleScroll = () => {
      if (!ownScrolls.ours()) setFollow(false);
    };
    // The list's own corrections (rows measured as they enter the document) scroll at once and
    // cut a glide short, short of the current passage: where a scroll comes to rest while
    // following, away from the current passage's place, following aims again. The view's place
    // is read only for a scroll of ours or while following: at the end of the reader's scroll the
    // list has just put rows in the document, and reading it would lay the page out there.
    const handleScrollEnd = () => {
      ownScrolls.ended();
      const { follow: following, activeIndex: current } = usePlaybackStore.getState();
      if (!following || current < 0) return;
      const target = passageTarget(virtualizer, current);
      if (target === null || Math.abs(target - container.scrollTop) <= 2) return;
      ownScrolls.mark(target);
      container.scrollTo({ top: target });
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
  }, [scrollRef, virtualizer, ownScrolls]);
}

interface Place {
  index: number;
  /** The row's top, from the top of the view, in px. */
  offset: number;
}

/** The current passage when following, else the first row showing at the top of the view. */
function placeOf(virtualizer: RowVirtualizer, current: number): Place | null {
  const { top } = viewOf(virtualizer);
  const index = current >= 0 ? current : virtualizer.getVirtualItemForOffset(top)?.index;
  const start = index === undefined ? null : rowStart(virtualizer, index);
  return index === undefined || start === null ? null : { index, offset: start - top };
}

/**
 * A change of transcript language (English / 中文 / Both) or of pinyin changes every row's height:
 * keep the reader's place, the current passage or the one at the top of the view, where it was
 * on screen. The place is read when the change reaches the store, before React renders the new
 * rows, and restored in the same commit, before paint: the rows in the document are measured
 * anew, those elsewhere go back to the estimate for the new layout.
 */
function useKeepPlace(
  scrollRef: RefObject<HTMLElement | null>,
  listRef: RefObject<HTMLElement | null>,
  virtualizer: RowVirtualizer,
  rows: ReadonlyMap<number, HTMLElement>,
  ownScrolls: OwnScrolls,
) {
  const layout = usePlaybackStore((s) => `${s.language} ${s.pinyin}`);
  const place = useRef<Place | null>(null);
  useEffect(
    () =>
      usePlaybackStore.subscribe((state, previous) => {
        if (state.language === previous.language && state.pinyin === previous.pinyin) return;
        place.current = placeOf(virtualizer, state.follow ? state.activeIndex : -1);
      }),
    [virtualizer],
  );
  useLayoutEffect(() => {
    const container = scrollRef.current;
    const kept = place.current;
    place.current = null;
    const list = listRef.current;
    if (!container || !list || !kept) return;
    // The place is restored here, once: the list's own corrections, made against the height the
    // list had before this commit, would be clamped and then retried on top of it.
    remeasure(virtualizer, rows);
    // The new height now, not at the next render, so that the place is not clamped to the old one.
    list.style.height = `${virtualizer.getTotalSize()}px`;
    const start = rowStart(virtualizer, kept.index);
    if (start === null) return;
    // Always marked as ours, even with nothing to move: the list's own corrections may already
    // have moved the view, and their scroll events must not count as the reader's.
    const top = Math.max(0, start - kept.offset);
    ownScrolls.mark(top);
    container.scrollTop = top;
    // Only a change of layout moves the place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);
}
