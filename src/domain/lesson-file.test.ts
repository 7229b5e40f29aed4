import { makeLesson } from '@/testing/lesson-fixture';
import { LessonFileError, lessonFileText, readLessonFile } from './lesson-file';
import { LessonDataError } from './lesson-schema';

describe('lesson file', () => {
  it('reads back the lesson it wrote, without this page’s object URLs', () => {
    const lesson = makeLesson({
      sources: [{ src: 'blob:http://localhost/1', type: 'video/webm' }],
      captions: [
        { src: 'blob:http://localhost/2', language: 'zh', srclang: 'zh-Hans', label: '中文' },
      ],
    });
    const back = readLessonFile(lessonFileText(lesson));
    expect(back.passages).toEqual(lesson.passages);
    expect(back.sources[0]!.src).toBe('/media/fixture-lesson.mp4');
    expect(back.captions[0]!.src).toBe('/captions/fixture-lesson.zh.vtt');
  });

  it('keeps a video address on the web', () => {
    const sources = [{ src: 'https://example.org/talk.mp4', type: 'video/mp4' }];
    expect(readLessonFile(lessonFileText(makeLesson({ sources }))).sources).toEqual(sources);
  });

  it('refuses what is not a lesson file, saying why', () => {
    expect(() => readLessonFile('{oops')).toThrow(new LessonFileError('not-json'));
    expect(() => readLessonFile('{"notes":[]}')).toThrow(new LessonFileError('not-lesson-file'));
    const later = JSON.stringify({ format: 'tandem-lesson', version: 9, lesson: {} });
    expect(() => readLessonFile(later)).toThrow(LessonFileError);
    const broken = JSON.stringify({ format: 'tandem-lesson', version: 1, lesson: { id: 'x' } });
    expect(() => readLessonFile(broken)).toThrow(LessonDataError);
  });
});
