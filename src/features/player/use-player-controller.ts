import { useEffect, useRef, useState } from 'react';
import type { PlayerController } from '@/lib/videojs/create-player';
import {
  attachPlayer,
  reportDuration,
  reportMediaError,
  reportRate,
  reportStatus,
} from '@/stores/playback-store';

/**
 * video.js (about 80 kB gzip, and a long task to start on a slow phone) is its own chunk,
 * fetched when the page first wants a player: the transcript, the heading and the player's
 * reserved frame paint and respond without it. One promise for the page's lifetime, so a
 * remount or StrictMode's second mount reuses it.
 */
let adapter: Promise<typeof import('@/lib/videojs/create-player')> | null = null;
const loadPlayerAdapter = () => (adapter ??= import('@/lib/videojs/create-player'));

function connect(player: PlayerController): () => void {
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
  return () => {
    offs.forEach((off) => off());
    detach();
  };
}

/**
 * While `wanted`, creates one video.js player inside the returned host div once the adapter has
 * loaded, connects it to the playback store and disposes it on unmount. An unmount before the
 * adapter arrives creates nothing; under StrictMode the first mount is cancelled that way or
 * disposed before the second makes its player, so there is never more than one.
 */
export function usePlayerController(label: string, wanted: boolean) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<PlayerController | null>(null);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !wanted) return;
    let cancelled = false;
    let teardown: (() => void) | null = null;
    setLoadError(null);
    loadPlayerAdapter().then(
      ({ createPlayer }) => {
        if (cancelled) return;
        const player = createPlayer(host, { label });
        const disconnect = connect(player);
        setController(player);
        teardown = () => {
          disconnect();
          player.dispose();
        };
      },
      (error: unknown) => {
        // A failed chunk load (offline, a deploy replaced it) may succeed on a later mount.
        adapter = null;
        if (!cancelled) setLoadError(error instanceof Error ? error : new Error(String(error)));
      },
    );
    return () => {
      cancelled = true;
      teardown?.();
      setController(null);
    };
  }, [label, wanted, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  return { hostRef, controller, loadError, retry };
}
