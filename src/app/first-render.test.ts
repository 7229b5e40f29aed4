import { QueryClient } from '@tanstack/react-query';
import { makeLesson } from '@/testing/lesson-fixture';
import { beforeFirstRender, FIRST_RENDER_WAIT_MS, lessonIdOfPath } from './first-render';

describe('lessonIdOfPath', () => {
  it('reads the lesson of a lesson page, in each form a host serves it', () => {
    expect(lessonIdOfPath('/lessons/digital-china-12')).toBe('digital-china-12');
    expect(lessonIdOfPath('/lessons/digital-china-12/')).toBe('digital-china-12');
    expect(lessonIdOfPath('/lessons/digital-china-12.html')).toBe('digital-china-12');
    expect(lessonIdOfPath('/lessons/a%20b')).toBe('a b');
  });

  it('finds none on other pages or in a path it cannot decode', () => {
    expect(lessonIdOfPath('/')).toBeNull();
    expect(lessonIdOfPath('/lessons/')).toBeNull();
    expect(lessonIdOfPath('/lessons/a/b')).toBeNull();
    expect(lessonIdOfPath('/lessons/%E0%A4%A')).toBeNull();
  });
});

describe('beforeFirstRender', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('resolves once the lesson is in the cache, without waiting out the limit', async () => {
    vi.useFakeTimers();
    const lesson = makeLesson();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(lesson))),
    );
    const client = new QueryClient();
    let ready = false;
    void beforeFirstRender(client, `/lessons/${lesson.id}`).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(ready).toBe(true);
    expect(client.getQueryData(['lessons', lesson.id])).toEqual(lesson);
  });

  it('stops waiting for a slow lesson after the limit; the load goes on', async () => {
    vi.useFakeTimers();
    const lesson = makeLesson();
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    const client = new QueryClient();
    let ready = false;
    void beforeFirstRender(client, `/lessons/${lesson.id}`).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
    answer(new Response(JSON.stringify(lesson)));
    await vi.waitFor(() => expect(client.getQueryData(['lessons', lesson.id])).toEqual(lesson));
  });

  it('loads nothing for a page that is not a lesson', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await beforeFirstRender(new QueryClient(), '/');
    expect(fetch).not.toHaveBeenCalled();
  });
});
