import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import { DeviceLessonsSection } from './device-lessons-section';
import { useLessons } from './get-lessons';
import './lesson.css';

interface LibraryPageProps {
  /** "Add a lesson", composed in by the app: told the ids the bundled lessons take. */
  addLesson?: (bundledIds: readonly string[]) => ReactNode;
}

/** `/`: the series' lessons, each linking to its player, then those kept on this device. */
export function LibraryPage({ addLesson }: LibraryPageProps) {
  const lessons = useLessons();
  const t = useT();
  return (
    <main className="library" id="main">
      <div className="library-heading">
        <h1>{t('library.title')}</h1>
        {addLesson?.(lessons.map((lesson) => lesson.id))}
      </div>
      {lessons.length === 0 && <p>{t('library.empty')}</p>}
      <ul className="lesson-cards">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="lesson-card">
            {lesson.series && (
              <p className="lesson-card-series">
                <span lang="en">{lesson.series.title.en}</span> ·{' '}
                {t('lesson.seriesNumber', {
                  number: lesson.series.number,
                  total: lesson.series.total,
                })}
              </p>
            )}
            <h2 lang="en">
              <Link href={`/lessons/${lesson.id}`}>{lesson.title?.en ?? lesson.id}</Link>
            </h2>
            {lesson.title && (
              <p lang="zh-Hans" className="lesson-card-zh">
                {lesson.title.zh}
              </p>
            )}
            {lesson.duration !== undefined && (
              <p className="lesson-card-meta">
                {t('library.length')}{' '}
                <time dateTime={`PT${Math.round(lesson.duration)}S`}>
                  {formatClock(lesson.duration)}
                </time>
              </p>
            )}
            {lesson.synopsis && (
              <p lang="en" className="lesson-card-synopsis">
                {lesson.synopsis.en}
              </p>
            )}
          </li>
        ))}
      </ul>
      <DeviceLessonsSection />
      <p className="library-credits">{t('words.credit')}</p>
    </main>
  );
}
