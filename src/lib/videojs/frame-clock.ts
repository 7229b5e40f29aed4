/**
 * The frame clock: the one place that reads the playhead.
 *
 * While playing it reads currentTime on every animation frame (requestVideoFrameCallback would
 * fire once per video frame, and the stand-in runs at 1 fps). While paused or hidden it reads on
 * `seeking` (currentTime already holds the target then, so a seek shows at once instead of
 * 50–175 ms later on `seeked`), `seeked` and `timeupdate`, which is the backstop when the tab is
 * hidden and animation frames stop. Subscribers hear a time only when it changed.
 */
export interface ClockSource {
  currentTime(): number;
  paused(): boolean;
  on(events: string[], listener: () => void): void;
  off(events: string[], listener: () => void): void;
}

export type TimeListener = (time: number) => void;

export interface FrameClock {
  subscribe(listener: TimeListener): () => void;
  now(): number;
  stop(): void;
}

const READ_EVENTS = [
  'seeking',
  'seeked',
  'timeupdate',
  'loadedmetadata',
  'ratechange',
  'pause',
  'ended',
  'emptied',
];
const LOOP_EVENTS = ['play', 'playing'];

export function createFrameClock(source: ClockSource): FrameClock {
  const listeners = new Set<TimeListener>();
  let last = Number.NaN;
  let frame = 0;

  const read = () => {
    const time = source.currentTime();
    if (time === last || Number.isNaN(time)) return;
    last = time;
    listeners.forEach((listener) => listener(time));
  };

  const loop = () => {
    read();
    frame = source.paused() ? 0 : requestAnimationFrame(loop);
  };

  const startLoop = () => {
    read();
    if (frame === 0 && !source.paused()) frame = requestAnimationFrame(loop);
  };

  source.on(READ_EVENTS, read);
  source.on(LOOP_EVENTS, startLoop);

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!Number.isNaN(last)) listener(last);
      return () => listeners.delete(listener);
    },
    now: () => (Number.isNaN(last) ? source.currentTime() : last),
    stop() {
      cancelAnimationFrame(frame);
      frame = 0;
      source.off(READ_EVENTS, read);
      source.off(LOOP_EVENTS, startLoop);
      listeners.clear();
    },
  };
}
