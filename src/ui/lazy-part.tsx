import type { ReactNode } from 'react';
import type { LazyModule } from '@/lib/lazy/lazy-module';
import { LoadFailure } from './load-failure';
import { useLazyModule } from './use-lazy-module';

interface LazyPartProps<T> {
  module: LazyModule<T>;
  /** What shows while the part loads. */
  fallback?: ReactNode;
  /** What shows, with "Try again", if it could not be loaded. */
  failure: string;
  children: (module: T) => ReactNode;
}

/** A part of the page drawn from a lazily loaded module, with the one failure behaviour. */
export function LazyPart<T>({ module, fallback = null, failure, children }: LazyPartProps<T>) {
  const { module: loaded, status, retry } = useLazyModule(module);
  if (loaded) return children(loaded);
  if (status === 'failed') return <LoadFailure message={failure} onRetry={retry} />;
  return fallback;
}
