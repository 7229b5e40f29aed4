/**
 * The frame clock: the one place that reads the playhead.
 *
 * While playing it reads currentTime on every animation frame (requestVideoFrameCallback would
 * fire once per video frame, and the stand-in runs at 1 fps). While paused or hidden it reads on
 * `seeking` (currentTime already holds the target then, so a seek shows at once instead of
 * 50–175 ms later on `seeked`), `seeked` and `timeupdate`, which is the backstop when the tab is
 * hidden and animation frames stop. Subscribers hear a time only when it changed.
 *
 * A frame can come up to 16.7 ms after a passage boundary (33 ms of media at 2×). So when the
 * next boundary (`setNextBoundary`) is less than two frames away, a timer is also set for the
 * moment it is crossed, divided by the playback rate, so the highlight changes within a
 * timer's accuracy of the boundary at any rate. The frame loop stays the backstop.
 */
import { TIME_EVENTS } from './media-state';
import type { FrameClock, TimeListener } from './player-types';

export interface ClockSource {
  currentTime(): number;
  paused(): boolean;
  playbackRate(): number;
  on(events: string[], listener: () => void): void;
  off(events: string[], listener: () => void): void;
}

/** Boundaries nearer than this (wall time) get a timer of their own. */
const TIMER_HORIZON_MS = 34;
/** Timers fire a hair late rather than early: early would read the time before the boundary. */
const TIMER_SLACK_MS = 0.5;

const LOOP_EVENTS = ['play', 'playing'];

export function createFrameClock(source: ClockSource): FrameClock {
  const listeners = new Set<TimeListener>();
  let last = Number.NaN;
  let frame = 0;
  let boundary: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerFor: number | null = null;

  const read = () => {
    const time = source.currentTime();
    if (time === last || Number.isNaN(time)) return;
    last = time;
    listeners.forEach((listener) => listener(time));
    scheduleBoundary(time);
  };

  const scheduleBoundary = (time: number) => {
    if (boundary === null || boundary <= time || source.paused() || timerFor === boundary) return;
    const wait = ((boundary - time) / Math.max(source.playbackRate(), 0.0625)) * 1000;
    if (wait > TIMER_HORIZON_MS) return;
    clearTimeout(timer);
    timerFor = boundary;
    timer = setTimeout(() => {
      timerFor = null;
      read();
    }, wait + TIMER_SLACK_MS);
  };

  const loop = () => {
    read();
    frame = source.paused() ? 0 : requestAnimationFrame(loop);
  };

  const startLoop = () => {
    read();
    if (frame === 0 && !source.paused()) frame = requestAnimationFrame(loop);
  };

  source.on(TIME_EVENTS, read);
  source.on(LOOP_EVENTS, startLoop);

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!Number.isNaN(last)) listener(last);
      return () => listeners.delete(listener);
    },
    // Fresh, not the last reading: a key pressed right after a seek must start from where the
    // seek went, even before its `seeking` event has run.
    now: () => source.currentTime(),
    setNextBoundary(time) {
      boundary = time;
    },
    stop() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      source.off(TIME_EVENTS, read);
      source.off(LOOP_EVENTS, startLoop);
      listeners.clear();
    },
  };
}
