import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import type { Lesson } from '@/domain/lesson-schema';
import { deleteDeviceLesson, saveDeviceLesson } from '@/stores/device-lessons';
import { makeLesson } from '@/testing/lesson-fixture';
import { getLessonQueryOptions, LessonNotFoundError } from './get-lesson';

const captions = [
  { src: '/captions/mine.zh.vtt', language: 'zh' as const, srclang: 'zh-Hans', label: '中文' },
];

beforeEach(() => {
  let n = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('', { status: 404 })),
  );
  URL.createObjectURL = vi.fn(() => `blob:test/${++n}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteDeviceLesson('mine');
});

const load = (id: string) =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
    getLessonQueryOptions(id),
  );

describe('a lesson kept on this device', () => {
  it('loads when no bundled lesson has its id, with captions made from its passages', async () => {
    await saveDeviceLesson(makeLesson({ id: 'mine', captions }));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const lesson = await client.fetchQuery(getLessonQueryOptions('mine'));
    expect(lesson.passages[0]!.zh).toBe('数字治理生态。');
    expect(lesson.sources).toEqual(makeLesson().sources);
    // The caption track is built in the page after the lesson, not fetched from /captions/.
    expect(lesson.captions).toEqual([]);
    await vi.waitFor(() =>
      expect(client.getQueryData<Lesson>(['lessons', 'mine'])?.captions[0]).toMatchObject({
        language: 'zh',
        src: 'blob:test/1',
      }),
    );
  });

  it('is still "not found" when the device has none either', async () => {
    await expect(load('nobody')).rejects.toBeInstanceOf(LessonNotFoundError);
  });
});
