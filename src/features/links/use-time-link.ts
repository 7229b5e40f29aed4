import { useEffect } from 'react';
import {
  getPassageStarts,
  PASSAGE_SEEK_INSET,
  requestPlayer,
  seekTo,
  usePlaybackStore,
} from '@/stores/playback-store';
import { translate } from '@/i18n/ui-language';
import { showNotice } from '@/stores/notice-store';
import { setStopAt } from '@/stores/study-modes';
import { parseTimeLink } from '@/utils/time-link';

/** A range stops just before its end, so the highlight stays on the passage it plays. */
const STOP_BEFORE_END = 0.05;

/**
 * A time that is exactly a passage's start lands just inside it, as a passage click does: at
 * the boundary itself the previous passage's caption cue (which ends there) and video frame
 * still show.
 */
function landingTime(time: number): number {
  const onStart = getPassageStarts().some((start) => Math.abs(start - time) < 0.001);
  return onStart ? time + PASSAGE_SEEK_INSET : time;
}

function applyLink(duration: number) {
  const link = parseTimeLink(window.location.search, window.location.hash, duration);
  if (!link) return;
  seekTo(landingTime(link.start));
  setStopAt(link.end !== undefined ? Math.max(link.start, link.end - STOP_BEFORE_END) : null);
  const problem = link.problem;
  if (problem) {
    const key = (
      {
        unreadable: 'link.unreadable',
        'end-before-start': 'link.endBeforeStart',
        'start-past-end': 'link.startPastEnd',
        'end-past-end': 'link.endPastEnd',
      } as const
    )[problem.kind];
    showNotice(translate(key, { quoted: problem.quoted }), 'warning');
  }
}

/** Whether the page was opened at a time: then it wants its player at once. */
export const pageHasTimeLink = (lessonDuration: number) =>
  parseTimeLink(window.location.search, window.location.hash, lessonDuration) !== null;

/**
 * Opens the lesson at the time its link asks for (`?t=…`, `#t=…`, a `#t=start,end` range),
 * once the video knows its length, and again when the fragment changes in place.
 */
export function useTimeLink(lessonDuration: number) {
  const mediaDuration = usePlaybackStore((s) => s.duration);
  const ready = mediaDuration > 0;

  useEffect(() => {
    if (!ready) {
      // A fragment set in place before there is a player: make one; the link applies once it
      // knows the video's length.
      window.addEventListener('hashchange', requestPlayer);
      return () => window.removeEventListener('hashchange', requestPlayer);
    }
    applyLink(lessonDuration);
    const handleHashChange = () => applyLink(lessonDuration);
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }, [ready, lessonDuration]);
}
