import type { Lesson } from '@/domain/lesson-schema';

/** A small valid lesson: an intro until 00:25, then three passages. */
export function makeLesson(overrides: Partial<Lesson> = {}): Lesson {
  return {
    id: 'fixture-lesson',
    series: { title: { en: 'Test Series', zh: '测试系列' }, number: 1, total: 2 },
    title: { en: 'A Lesson', zh: '一课' },
    publisher: { en: 'Publisher', zh: '出版者' },
    speaker: { en: 'Speaker', zh: '讲者' },
    synopsis: { en: 'What the lesson is about.', zh: '课程简介。' },
    published: '2025-04-11',
    duration: 120,
    sources: [{ src: '/media/fixture.mp4', type: 'video/mp4' }],
    captions: [],
    passages: [
      { id: 'p01', start: 25, end: 57, en: 'Digital governance first.', zh: '数字治理生态。' },
      { id: 'p02', start: 57, end: 79, en: 'Data shows growth.', zh: '数据显示增长。' },
      { id: 'p03', start: 79, end: 120, en: 'Countries are connected.', zh: '各国相互联系。' },
    ],
    terms: [],
    ...overrides,
  };
}
