import { Link } from 'wouter';
import { formatClock } from '@/utils/time';
import { useLessons } from './get-lessons';

/** `/`: the series' lessons, each linking to its player. */
export function LibraryPage() {
  const lessons = useLessons();
  return (
    <main className="library" id="main">
      <h1>Lessons</h1>
      {lessons.length === 0 && <p>No lessons yet. Add one with npm run import-lesson.</p>}
      <ul className="lesson-cards">
        {lessons.map((lesson) => (
          <li key={lesson.id} className="lesson-card">
            {lesson.series && (
              <p className="lesson-card-series">
                {lesson.series.title.en} · Lesson {lesson.series.number} of {lesson.series.total}
              </p>
            )}
            <h2>
              <Link href={`/lessons/${lesson.id}`}>{lesson.title?.en ?? lesson.id}</Link>
            </h2>
            {lesson.title && (
              <p lang="zh-Hans" className="lesson-card-zh">
                {lesson.title.zh}
              </p>
            )}
            {lesson.duration !== undefined && (
              <p className="lesson-card-meta">
                Length{' '}
                <time dateTime={`PT${Math.round(lesson.duration)}S`}>
                  {formatClock(lesson.duration)}
                </time>
              </p>
            )}
            {lesson.synopsis && <p className="lesson-card-synopsis">{lesson.synopsis.en}</p>}
          </li>
        ))}
      </ul>
    </main>
  );
}
