import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { LazyModule, LazyStatus } from '@/lib/lazy/lazy-module';

export interface LazyModuleView<T> {
  module: T | null;
  status: LazyStatus;
  /** Loads again after a failure (the "Try again" button). */
  retry: () => void;
}

/**
 * A lazily loaded module in React: loads it while `wanted`, re-renders when it arrives or
 * fails. A failure is caught here and shown by the caller; it never reaches an error boundary.
 */
export function useLazyModule<T>(lazy: LazyModule<T>, wanted = true): LazyModuleView<T> {
  const getStatus = () => lazy.status;
  const status = useSyncExternalStore(lazy.subscribe, getStatus, getStatus);
  useEffect(() => {
    if (wanted && lazy.status === 'idle') lazy.load().catch(() => {});
  }, [lazy, wanted]);
  const retry = useCallback(() => {
    lazy.load().catch(() => {});
  }, [lazy]);
  return { module: wanted && status === 'ready' ? lazy.module : null, status, retry };
}
