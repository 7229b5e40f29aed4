import { parseLesson } from '@/domain/lesson-schema';
import { BENCH_LESSON_ID, makeBenchLesson } from './bench-lesson';

describe('makeBenchLesson', () => {
  it('makes 10,000 passages every 3 s that the app’s own schema accepts', () => {
    const lesson = parseLesson(makeBenchLesson());
    expect(lesson.id).toBe(BENCH_LESSON_ID);
    expect(lesson.passages).toHaveLength(10_000);
    expect(lesson.duration).toBe(30_003);
    expect(lesson.passages[0]).toMatchObject({ start: 3, end: 6 });
    expect(lesson.passages.at(-1)).toMatchObject({ start: 30_000, end: 30_003 });
  });

  it('scales to other sizes', () => {
    const lesson = parseLesson(makeBenchLesson(5, 2));
    expect(lesson.passages.map((p) => p.start)).toEqual([2, 4, 6, 8, 10]);
    expect(lesson.duration).toBe(12);
  });
});
