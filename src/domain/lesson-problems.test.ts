import { makeLesson } from '@/testing/lesson-fixture';
import { LessonDataError, parseLesson } from './lesson-schema';

/** The problems a lesson file has, as the interface receives them. */
function problemsOf(data: unknown) {
  try {
    parseLesson(data);
  } catch (error) {
    if (error instanceof LessonDataError) return error.details;
    throw error;
  }
  throw new Error('the lesson parsed');
}

const bad = (change: (lesson: Record<string, unknown>) => void) => {
  const lesson = structuredClone(makeLesson()) as unknown as Record<string, unknown>;
  change(lesson);
  return problemsOf(lesson);
};

describe('lesson problems', () => {
  it('names what zod checks, with the values a sentence needs', () => {
    expect(
      bad((l) => {
        l.id = 'Not Kebab';
        delete l.title;
        (l.speaker as { en: string }).en = ' ';
        l.published = '11 April 2025';
        l.duration = 0;
        l.sources = [];
        l.captions = [{ src: '/c.vtt', language: 'fr', srclang: 'fr', label: 'Français' }];
        l.series = { ...(l.series as object), number: 1.5 };
        l.synopsis = 'text';
      }),
    ).toEqual([
      { path: ['id'], kind: 'kebab-case' },
      { path: ['series', 'number'], kind: 'type', expected: 'integer' },
      { path: ['title'], kind: 'missing' },
      { path: ['speaker', 'en'], kind: 'empty' },
      { path: ['synopsis'], kind: 'type', expected: 'object' },
      { path: ['published'], kind: 'date' },
      { path: ['duration'], kind: 'more-than', limit: 0 },
      { path: ['sources'], kind: 'min-items', limit: 1 },
      { path: ['captions', 0, 'language'], kind: 'one-of', values: '"en", "zh", "both"' },
    ]);
  });

  it('names the lesson’s own rules: passage order, ends, ids, series number', () => {
    expect(
      bad((l) => {
        const passages = l.passages as { id: string; start: number; end: number }[];
        passages[1]!.start = 20;
        passages[2]!.id = 'p01';
        passages[2]!.end = 119;
        l.series = { ...(l.series as object), number: 3 };
      }),
    ).toEqual([
      { path: ['passages', 0, 'end'], kind: 'end-next-start' },
      { path: ['passages', 1, 'start'], kind: 'start-order' },
      { path: ['passages', 2, 'end'], kind: 'end-duration' },
      { path: ['passages', 2, 'id'], kind: 'duplicate-id', id: 'p01' },
      { path: ['series', 'number'], kind: 'series-number' },
    ]);
  });

  it('says a file that is not a lesson at all is not one', () => {
    expect(problemsOf(undefined)).toEqual([{ path: [], kind: 'not-a-lesson' }]);
    expect(problemsOf('<html>')).toEqual([{ path: [], kind: 'not-a-lesson' }]);
  });

  it('keeps the English lines for the importer', () => {
    expect(() => parseLesson({ ...makeLesson(), duration: 0 })).toThrow(/duration: /);
  });
});
