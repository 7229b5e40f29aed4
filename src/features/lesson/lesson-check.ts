import { useEffect, useState } from 'react';
import { type Lesson, LessonDataError, parseLesson, parseLessonHead } from '@/domain/lesson-schema';
import { workerCalls } from '@/lib/worker/worker-calls';
import { checkWhole, type WholeCheckFindings } from './whole-check';

/**
 * Lessons longer than this are shown before their file is checked whole: their fields and
 * first passages are checked at once, the whole in a worker while the page renders. Checking
 * 10,000 passages takes about 60–100 ms in Chromium, which the first rows would wait for.
 */
const CHECK_WHOLE_AFTER = 1000;
/** Passages checked before the first render: more than any first screen shows. */
const FIRST_SCREEN = 100;

// The check of each lesson still being (or having been) checked whole, by the lesson shown.
const wholeChecks = new WeakMap<Lesson, Promise<void>>();

const checkInWorker = workerCalls<string, WholeCheckFindings>(
  () => new Worker(new URL('./lesson-check.worker.ts', import.meta.url), { type: 'module' }),
);

/** The whole file checked here, after the page's first render (where no worker runs). */
const checkHere = (data: unknown) => () =>
  new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => checkWhole(data));

/**
 * A lesson file's text, parsed and checked: a short lesson whole, at once; a long one's first
 * screen at once and the whole in a worker, whose verdict `useWholeLessonCheck` brings to the
 * page. Throws LessonDataError for what it finds at once.
 */
export function parseLessonText(text: string): Lesson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined; // not JSON: the schema says what is missing
  }
  const passages = (data as { passages?: unknown } | null)?.passages;
  if (!Array.isArray(passages) || passages.length <= CHECK_WHOLE_AFTER) return parseLesson(data);
  const lesson = parseLessonHead(data, FIRST_SCREEN);
  const check = checkInWorker(text, checkHere(data)).then((found) => {
    if (found) throw new LessonDataError(found.problems, found.details);
  });
  check.catch(() => {}); // reported by the page, through useWholeLessonCheck
  wholeChecks.set(lesson, check);
  return lesson;
}

/**
 * Brings the verdict of a long lesson's whole check to the page: a problem found after the
 * first screen is thrown, for the page's error view to name, as if found before it.
 */
export function useWholeLessonCheck(lesson: Lesson) {
  const [failure, setFailure] = useState<unknown>(null);
  if (failure) throw failure;
  useEffect(() => {
    let live = true;
    wholeChecks.get(lesson)?.catch((error: unknown) => live && setFailure(error));
    return () => {
      live = false;
    };
  }, [lesson]);
}
