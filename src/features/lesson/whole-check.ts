import { LessonDataError, parseLesson } from '@/domain/lesson-schema';
import type { LessonProblem } from '@/domain/lesson-problems';

/** What the whole check of a lesson file found: its problems, or null for none. */
export type WholeCheckFindings = { problems: string[]; details: LessonProblem[] } | null;

/**
 * Checks a lesson file's data whole, in lesson-check.worker.ts or on the page; the findings
 * cross from the worker as data, and become a LessonDataError again on the page.
 */
export function checkWhole(data: unknown): WholeCheckFindings {
  try {
    parseLesson(data);
    return null;
  } catch (error) {
    if (!(error instanceof LessonDataError)) throw error;
    return { problems: error.problems, details: error.details };
  }
}
