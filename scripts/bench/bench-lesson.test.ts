import { parseLesson } from '@/domain/lesson-schema';
import { BENCH_LESSON_ID, LONG_LESSON_ID, makeBenchLesson, makeLongLesson } from './bench-lesson';

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

describe('makeLongLesson', () => {
  it('repeats a real lesson’s passages over its own media, numbered, valid under the schema', async () => {
    const { readFileSync } = await import('node:fs');
    const source = parseLesson(
      JSON.parse(readFileSync('data/lessons/digital-china-12.json', 'utf8')),
    );
    const lesson = parseLesson(makeLongLesson(source, 1000));
    expect(lesson.id).toBe(LONG_LESSON_ID);
    expect(lesson.passages).toHaveLength(1000);
    expect(lesson.passages.at(-1)!.end).toBe(source.duration);
    expect(lesson.passages[20]!.zh).toBe(source.passages[0]!.zh);
    expect(lesson.passages[20]!.en).toBe(`${source.passages[0]!.en} [21]`);
    expect(lesson.terms).toEqual(source.terms);
  });
});
