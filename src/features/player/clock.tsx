import { useEffect, useRef } from 'react';
import { useT } from '@/i18n/ui-language';
import { subscribeTime } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';

/** Shows the playhead. It writes to the DOM on each tick instead of rendering: time is hot. */
export function Clock({ duration }: { duration: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  const t = useT();
  useEffect(() => {
    let shown = '';
    return subscribeTime((time) => {
      const text = formatClock(time);
      if (text !== shown && ref.current) ref.current.textContent = shown = text;
    });
  }, []);
  return (
    <span className="clock" aria-label={t('player.time')}>
      <span ref={ref}>00:00</span> / {formatClock(duration)}
    </span>
  );
}
