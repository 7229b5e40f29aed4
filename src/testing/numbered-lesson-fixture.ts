import type { Lesson } from '@/domain/lesson-schema';
import { makeLesson } from './lesson-fixture';

/** A valid lesson of `count` one-second passages, numbered from 0 in their text. */
export function makeNumberedLesson(count: number): Lesson {
  return makeLesson({
    duration: count,
    passages: Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      start: i,
      end: i + 1,
      en: `Passage ${i}.`,
      zh: `第${i}段。`,
    })),
  });
}
