import { makeNumberedLesson } from '@/testing/numbered-lesson-fixture';
import { LessonDataError, parseLesson, parseLessonHead } from './lesson-schema';

/** The problems parseLesson or parseLessonHead throws for `data`, as lines. */
function problemsOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof LessonDataError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseLessonHead', () => {
  it('checks the fields and the first passages, and gives every passage', () => {
    const data = makeNumberedLesson(300);
    const lesson = parseLessonHead(structuredClone(data), 100);
    expect(lesson.passages).toHaveLength(300);
    expect(lesson).toEqual(data);
  });

  it('finds a problem in the first passages as the whole check words it', () => {
    const data = makeNumberedLesson(300);
    (data.passages[40] as { start: unknown }).start = 'forty';
    const head = problemsOf(() => parseLessonHead(data, 100));
    expect(head).toEqual([expect.stringMatching(/^passages\.40\.start: /)]);
    expect(problemsOf(() => parseLesson(data))).toEqual(head);
  });

  it('finds a problem in the lesson’s own fields', () => {
    const data = { ...makeNumberedLesson(300), title: { en: 'Title' } };
    const head = problemsOf(() => parseLessonHead(data, 100));
    expect(head).toEqual([expect.stringMatching(/^title\.zh: /)]);
    expect(problemsOf(() => parseLesson(data))).toEqual(head);
  });

  it('leaves the passages after the first, and the rules between passages, to the whole check', () => {
    const data = makeNumberedLesson(300);
    data.passages[250]!.en = '';
    data.passages[251]!.start = 100;
    expect(problemsOf(() => parseLessonHead(data, 100))).toEqual([]);
    expect(problemsOf(() => parseLesson(data))).toEqual([
      'passages.250.en: must not be empty',
      'passages.250.end: must equal the next passage start',
      'passages.251.start: must be later than the previous passage start',
    ]);
  });

  it('checks a lesson no longer than the first passages whole', () => {
    const data = makeNumberedLesson(50);
    data.passages[30]!.start = 3;
    expect(problemsOf(() => parseLessonHead(data, 100))).toEqual(
      problemsOf(() => parseLesson(data)),
    );
    expect(problemsOf(() => parseLessonHead(null, 100))).toEqual(
      problemsOf(() => parseLesson(null)),
    );
  });
});
