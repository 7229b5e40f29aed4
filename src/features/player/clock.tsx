import { useEffect, useRef } from 'react';
import { subscribeTime } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';

/** Shows the playhead. It writes to the DOM on each tick instead of rendering: time is hot. */
export function Clock({ duration }: { duration: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let shown = '';
    return subscribeTime((time) => {
      const text = formatClock(time);
      if (text !== shown && ref.current) ref.current.textContent = shown = text;
    });
  }, []);
  return (
    <span className="clock" aria-label="Playback time">
      <span ref={ref}>00:00</span> / {formatClock(duration)}
    </span>
  );
}
