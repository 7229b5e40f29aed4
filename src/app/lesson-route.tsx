import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo } from 'react';
import { useLesson } from '@/features/lesson/get-lesson';
import { LessonDetails } from '@/features/lesson/lesson-details';
import { LessonErrorView } from '@/features/lesson/lesson-error-view';
import { LessonSkeleton } from '@/features/lesson/lesson-skeleton';
import { VideoPlayer } from '@/features/player/video-player';
import { TranscriptPanel } from '@/features/transcript/transcript-panel';
import { setPassageStarts } from '@/stores/playback-store';
import { parseSourceParam } from '@/utils/source-param';
import { ErrorBoundary } from './error-boundary';

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

function LessonPage({ id }: { id: string }) {
  const lesson = useLesson(id);
  const sourceParam = useMemo(() => parseSourceParam(window.location.search), []);

  useEffect(() => {
    setPassageStarts(lesson.passages.map((p) => p.start));
    document.title = `${lesson.title.en} · Tandem`;
    return () => setPassageStarts([]);
  }, [lesson]);

  return (
    <main className="lesson-layout" id="main">
      <div className="player-column">
        <header className="lesson-heading">
          <p className="lesson-series">
            {lesson.series.title.en} · Lesson {lesson.series.number} of {lesson.series.total}
          </p>
          <h1>{lesson.title.en}</h1>
          <p lang="zh-Hans" className="lesson-title-zh">
            {lesson.title.zh}
          </p>
        </header>
        {sourceParam.kind === 'refused' && (
          <p className="notice" role="status">
            {sourceParam.reason} Playing the lesson’s own video instead.
          </p>
        )}
        <VideoPlayer
          lesson={lesson}
          linkSource={sourceParam.kind === 'url' ? sourceParam : undefined}
        />
        <LessonDetails lesson={lesson} />
      </div>
      <TranscriptPanel passages={lesson.passages} />
    </main>
  );
}
