import { createPortal } from 'react-dom';
import type { Lesson } from '@/domain/lesson-schema';
import type { PlayerController } from '@/lib/videojs/player-types';
import { formatClock } from '@/utils/time';
import './passage-markers.css';

const FIRST_WORDS = 6;

/** A tick on the progress bar at each passage start; hovering one shows its time and opening. */
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
  const bar = controller.progressBar();
  if (!bar) return null;
  return createPortal(
    <div className="passage-markers" aria-hidden="true">
      {lesson.passages.map((passage) => (
        <div
          key={passage.id}
          className="passage-marker"
          style={{ left: `${(passage.start / lesson.duration) * 100}%` }}
        >
          <span className="passage-marker-tip">
            <span className="passage-marker-time">{formatClock(passage.start)}</span>{' '}
            <span lang="en">{passage.en.split(/\s+/).slice(0, FIRST_WORDS).join(' ')}…</span>
          </span>
        </div>
      ))}
      {hitTimes.map((time, i) => (
        <div
          key={`hit-${i}`}
          className="search-tick"
          style={{ left: `${(time / lesson.duration) * 100}%` }}
        />
      ))}
    </div>,
    bar,
  );
}
