import { useEffect, useRef, useState } from 'react';
import { lazyModule } from '@/lib/lazy/lazy-module';
import { watchMediaState } from '@/lib/videojs/media-state';
import type { PlayerController } from '@/lib/videojs/player-types';
import {
  attachPlayer,
  reportDuration,
  reportMediaError,
  reportRate,
  reportStatus,
} from '@/stores/playback-store';
import { useLazyModule } from '@/ui/use-lazy-module';

/**
 * video.js (about 80 kB gzip, and a long task to start on a slow phone) is its own chunk,
 * fetched when the page first wants a player: the transcript, the heading and the player's
 * reserved frame paint and respond without it. One promise for the page's lifetime, so a
 * remount or StrictMode's second mount reuses it.
 */
const playerAdapter = lazyModule(() => import('@/lib/videojs/create-player'));

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
  const unwatch = watchMediaState(player, {
    status: reportStatus,
    rate: reportRate,
    duration: reportDuration,
    error: reportMediaError,
  });
  return () => {
    unwatch();
    detach();
  };
}

/**
 * While `wanted`, creates one video.js player inside the returned host div once the adapter has
 * loaded, connects it to the playback store and disposes it on unmount. An unmount before the
 * adapter arrives creates nothing; under StrictMode the first mount's player is disposed before
 * the second makes its own, so there is never more than one.
 */
export function usePlayerController(label: string, wanted: boolean) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<PlayerController | null>(null);
  const adapter = useLazyModule(playerAdapter, wanted);
  const createPlayer = adapter.module?.createPlayer;

  useEffect(() => {
    const host = hostRef.current;
    if (!host || !createPlayer) return;
    const player = createPlayer(host, { label });
    const disconnect = connect(player);
    setController(player);
    return () => {
      disconnect();
      player.dispose();
      setController(null);
    };
  }, [label, createPlayer]);

  const loadFailed = wanted && adapter.status === 'failed';
  const retry = adapter.retry;
  return { hostRef, controller, loadFailed, retry };
}
