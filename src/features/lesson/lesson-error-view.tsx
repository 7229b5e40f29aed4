import { Link } from 'wouter';
import { useT } from '@/i18n/ui-language';
import { LessonLoadError, LessonNotFoundError } from './get-lesson';
import { LessonDataError } from '@/domain/lesson-schema';
import { problemPath, problemText } from '@/ui/lesson-problem-text';
import './lesson.css';

interface LessonErrorViewProps {
  error: unknown;
  onRetry?: () => void;
}

/** Each bad field's path as the file spells it, and what is wrong there in words. */
function ProblemList({ error }: { error: LessonDataError }) {
  const t = useT();
  // An error made without details has only the schema's English lines to show.
  if (error.details.length === 0)
    return (
      <ul className="problem-list" lang="en">
        {error.problems.map((problem) => (
          <li key={problem}>
            <code>{problem}</code>
          </li>
        ))}
      </ul>
    );
  return (
    <ul className="problem-list">
      {error.details.map((problem, i) => (
        <li key={i}>
          <code translate="no">{problemPath(problem, t)}</code>
          {t('problem.separator')}
          {problemText(problem, t)}
        </li>
      ))}
    </ul>
  );
}

/** What a reader sees instead of a blank page when a lesson cannot be shown. */
export function LessonErrorView({ error, onRetry }: LessonErrorViewProps) {
  const t = useT();
  if (error instanceof LessonNotFoundError)
    return (
      <main className="message-view" id="main">
        <h1>{t('error.notFoundTitle')}</h1>
        <p>{t('error.notFoundBody', { id: error.lessonId })}</p>
        <p>{t('error.deviceOnly')}</p>
        <p>
          <Link href="/">{t('app.goToAllLessons')}</Link>
        </p>
      </main>
    );
  if (error instanceof LessonDataError)
    return (
      <main className="message-view" id="main">
        <h1>{t('error.invalidTitle')}</h1>
        <p>{t('error.invalidBody')}</p>
        <ProblemList error={error} />
        <p>
          <Link href="/">{t('app.goToAllLessons')}</Link>
        </p>
      </main>
    );
  const reason =
    error instanceof LessonLoadError
      ? t('error.loadFailed', { status: error.status })
      : t('error.networkFailed');
  return (
    <main className="message-view" id="main">
      <h1>{t('error.title')}</h1>
      <p>{reason}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
      <p>
        <Link href="/">{t('app.goToAllLessons')}</Link>
      </p>
    </main>
  );
}
