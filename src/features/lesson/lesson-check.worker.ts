/**
 * Checks a long lesson's file whole, off the page's thread: the page shows the lesson's first
 * screen meanwhile (lesson-check.ts). Answers with the problems found, or none.
 */
import '@/lib/zod-config';
import { LessonDataError, parseLesson } from '@/domain/lesson-schema';
import type { CheckAnswer } from './lesson-check';

self.onmessage = (event: MessageEvent<string>) => {
  let answer: CheckAnswer;
  try {
    parseLesson(JSON.parse(event.data));
    answer = { ok: true };
  } catch (error) {
    answer =
      error instanceof LessonDataError
        ? { ok: false, problems: error.problems, details: error.details }
        : { ok: false, problems: [String(error)], details: [] };
  }
  self.postMessage(answer);
};
