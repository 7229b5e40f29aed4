import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense } from 'react';
import { LessonErrorView } from '@/features/lesson/lesson-error-view';
import { LessonSkeleton } from '@/features/lesson/lesson-skeleton';
import { ErrorBoundary } from './error-boundary';
import { LessonPage } from './lesson-page';

export function LessonRoute({ id }: { id: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          key={id}
          fallback={(error, resetBoundary) => (
            <LessonErrorView
              error={error}
              onRetry={() => {
                reset();
                resetBoundary();
              }}
            />
          )}
        >
          <Suspense fallback={<LessonSkeleton />}>
            <LessonPage id={id} />
          </Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
