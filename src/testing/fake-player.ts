/**
 * A player for jsdom, which cannot play video: tests move its time by hand and it reports
 * times the way the frame clock does, only when they change.
 */
import type { PlaybackCommands } from '@/stores/playback-store';

export function createFakePlayer(initialTime = 0) {
  let time = initialTime;
  const listeners = new Set<(t: number) => void>();
  const calls: string[] = [];
  const emit = () => listeners.forEach((l) => l(time));
  const commands: PlaybackCommands = {
    play: () => calls.push('play'),
    pause: () => calls.push('pause'),
    seek: (t) => {
      calls.push(`seek ${t}`);
      time = t;
      emit();
    },
    setRate: (r) => calls.push(`rate ${r}`),
    subscribeTime(listener) {
      listeners.add(listener);
      listener(time);
      return () => listeners.delete(listener);
    },
    now: () => time,
  };
  return {
    commands,
    calls,
    /** Moves the playhead as playback would. */
    advanceTo(t: number) {
      time = t;
      emit();
    },
    listenerCount: () => listeners.size,
  };
}
