import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import type { Lesson } from '@/domain/lesson-schema';
import { deleteDeviceLesson, saveDeviceLesson } from '@/stores/device-lessons';
import { makeLesson } from '@/testing/lesson-fixture';
import { captionVtt, type CaptionVttRequest } from './caption-vtt';
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

  describe('where a worker runs', () => {
    const asked: CaptionVttRequest[] = [];
    /** Answers as caption-vtt.worker.ts does (through answerCalls), or fails to load. */
    function fakeWorker(loads: boolean) {
      return class {
        onmessage: ((event: { data: { ok: true; value: string[] } }) => void) | null = null;
        onerror: ((event: { preventDefault(): void }) => void) | null = null;
        terminate = vi.fn();
        postMessage(request: CaptionVttRequest) {
          asked.push(request);
          setTimeout(() =>
            loads
              ? this.onmessage?.({
                  data: {
                    ok: true,
                    value: request.languages.map((l) => captionVtt(request.source, l)),
                  },
                })
              : this.onerror?.({ preventDefault() {} }),
          );
        }
      };
    }
    beforeEach(() => void asked.splice(0));

    it("builds the captions there, off the page's thread", async () => {
      vi.stubGlobal('Worker', fakeWorker(true));
      const blobs: Blob[] = [];
      URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), `blob:test/${blobs.length}`));
      await saveDeviceLesson(makeLesson({ id: 'mine', captions }));
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      await client.fetchQuery(getLessonQueryOptions('mine'));
      await vi.waitFor(() =>
        expect(client.getQueryData<Lesson>(['lessons', 'mine'])?.captions[0]?.src).toBe(
          'blob:test/1',
        ),
      );
      expect(asked).toHaveLength(1);
      expect(asked[0]!.languages).toEqual(['zh']);
      expect(asked[0]!.source.passages[0]!.zh).toBe('数字治理生态。');
      expect(blobs[0]!.type).toBe('text/vtt');
    });

    it('builds them here when the worker cannot start', async () => {
      vi.stubGlobal('Worker', fakeWorker(false));
      await saveDeviceLesson(makeLesson({ id: 'mine', captions }));
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      await client.fetchQuery(getLessonQueryOptions('mine'));
      await vi.waitFor(() =>
        expect(client.getQueryData<Lesson>(['lessons', 'mine'])?.captions[0]).toMatchObject({
          language: 'zh',
          src: 'blob:test/1',
        }),
      );
      expect(asked).toHaveLength(1);
    });
  });
});
