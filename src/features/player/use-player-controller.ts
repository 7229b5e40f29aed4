import { useEffect, useRef, useState } from 'react';
import { createPlayer, type PlayerController } from '@/lib/videojs/create-player';
import {
  attachPlayer,
  reportDuration,
  reportMediaError,
  reportRate,
  reportStatus,
} from '@/stores/playback-store';

/**
 * Creates one video.js player inside the returned host div, connects it to the playback store
 * and disposes it on unmount. Under StrictMode the first player is disposed before the second
 * is made, so there is never more than one.
 */
export function usePlayerController(label: string) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<PlayerController | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const player = createPlayer(host, { label });
    const detach = attachPlayer({
      play: player.play,
      pause: player.pause,
      seek: player.seek,
      setRate: player.setRate,
      subscribeTime: player.clock.subscribe,
      now: player.clock.now,
      setNextBoundary: player.clock.setNextBoundary,
    });
    const status = () =>
      reportStatus(player.ended() ? 'ended' : player.paused() ? 'paused' : 'playing');
    const offs = [
      player.on('play', status),
      player.on('pause', status),
      player.on('ended', status),
      player.on('ratechange', () => reportRate(player.rate())),
      player.on('durationchange', () => reportDuration(player.duration())),
      player.on('loadedmetadata', () => reportDuration(player.duration())),
      player.on('loadstart', () => reportMediaError(null)),
      player.on('error', () => reportMediaError(player.errorMessage())),
    ];
    setController(player);
    return () => {
      offs.forEach((off) => off());
      detach();
      player.dispose();
      setController(null);
    };
  }, [label]);

  return { hostRef, controller };
}
