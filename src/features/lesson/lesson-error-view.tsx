import { Link } from 'wouter';
import { LessonLoadError, LessonNotFoundError } from './get-lesson';
import { LessonDataError } from './lesson-schema';

interface LessonErrorViewProps {
  error: unknown;
  onRetry?: () => void;
}

/** What a reader sees instead of a blank page when a lesson cannot be shown. */
export function LessonErrorView({ error, onRetry }: LessonErrorViewProps) {
  if (error instanceof LessonNotFoundError)
    return (
      <main className="message-view" id="main">
        <h1>Lesson not found</h1>
        <p>
          There is no lesson “{error.lessonId}”. It may have been renamed or the link is mistyped.
        </p>
        <p>
          <Link href="/">Go to all lessons</Link>
        </p>
      </main>
    );
  if (error instanceof LessonDataError)
    return (
      <main className="message-view" id="main">
        <h1>This lesson’s data is invalid</h1>
        <p>The lesson file has problems at these fields:</p>
        <ul className="problem-list">
          {error.problems.map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link href="/">Go to all lessons</Link>
        </p>
      </main>
    );
  const reason =
    error instanceof LessonLoadError
      ? error.message
      : 'The lesson could not be loaded: the network failed.';
  return (
    <main className="message-view" id="main">
      <h1>Something went wrong</h1>
      <p>{reason}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
      <p>
        <Link href="/">Go to all lessons</Link>
      </p>
    </main>
  );
}
