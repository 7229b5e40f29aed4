import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Lesson } from '@/domain/lesson-schema';
import type { PlayerController } from '@/lib/videojs/player-types';
import { findPassageIndex } from '@/utils/passage-index';
import { formatClock } from '@/utils/time';
import { tickPath } from './tick-path';
import './passage-markers.css';

const FIRST_WORDS = 6;
/** More ticks than a bar has room for pixels apart only make a band. */
const MAX_TICKS = 400;
/** Space kept between the tooltip and the player's edges. */
const EDGE = 4;

/**
 * The passages on the progress bar: one drawing of all their starts (and of the search hits),
 * and one tooltip naming the passage under the pointer. Their cost does not grow with the
 * number of passages beyond building the two paths once.
 */
export function PassageMarkers({
  controller,
  lesson,
  hitTimes,
}: {
  controller: PlayerController;
  lesson: Lesson;
  /** Times of search hits, drawn as ticks of their own. */
  hitTimes: readonly number[];
}) {
  const { passages, duration } = lesson;
  const starts = useMemo(() => passages.map((p) => p.start), [passages]);
  const passagePath = useMemo(() => tickPath(starts, duration, MAX_TICKS), [starts, duration]);
  const hitPath = useMemo(() => tickPath(hitTimes, duration, MAX_TICKS), [hitTimes, duration]);
  const bar = controller.progressBar();
  if (!bar) return null;
  const viewBox = `0 0 ${duration} 1`;
  return createPortal(
    <div className="passage-markers" aria-hidden="true">
      <svg className="passage-ticks" viewBox={viewBox} preserveAspectRatio="none">
        <path d={passagePath} vectorEffect="non-scaling-stroke" />
      </svg>
      {hitPath && (
        <svg className="search-ticks" viewBox={viewBox} preserveAspectRatio="none">
          <path d={hitPath} vectorEffect="non-scaling-stroke" />
        </svg>
      )}
      <PassageTip bar={bar} lesson={lesson} starts={starts} />
    </div>,
    bar,
  );
}

/** The time and first words of the passage under the pointer, kept inside the player. */
function PassageTip({
  bar,
  lesson,
  starts,
}: {
  bar: HTMLElement;
  lesson: Lesson;
  starts: readonly number[];
}) {
  const [index, setIndex] = useState(-1);
  const tipRef = useRef<HTMLSpanElement>(null);
  const pointerX = useRef(0);

  // Puts the tip over the pointer, then moves it in from the player's edges.
  const place = useCallback(() => {
    const tip = tipRef.current;
    if (!tip) return;
    const barBox = bar.getBoundingClientRect();
    const frame = (bar.closest('.video-js') ?? bar).getBoundingClientRect();
    const width = tip.offsetWidth;
    const min = frame.left + EDGE;
    const max = frame.right - EDGE - width;
    const left = Math.max(min, Math.min(max, pointerX.current - width / 2));
    tip.style.left = `${left - barBox.left}px`;
  }, [bar]);

  useEffect(() => {
    const move = (event: PointerEvent) => {
      const box = bar.getBoundingClientRect();
      const fraction = (event.clientX - box.left) / box.width;
      pointerX.current = event.clientX;
      const time = Math.max(0, Math.min(1, fraction)) * lesson.duration;
      setIndex(Math.max(0, findPassageIndex(starts, time)));
      place();
    };
    const leave = () => setIndex(-1);
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerleave', leave);
    return () => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerleave', leave);
    };
  }, [bar, lesson.duration, starts, place]);

  // A new passage's words change the tip's width.
  useLayoutEffect(place, [place, index]);

  const passage = lesson.passages[index];
  if (!passage) return null;
  return (
    <span ref={tipRef} className="passage-marker-tip">
      <span className="passage-marker-time">{formatClock(passage.start)}</span>{' '}
      <span lang="en">{passage.en.split(/\s+/).slice(0, FIRST_WORDS).join(' ')}…</span>
    </span>
  );
}
