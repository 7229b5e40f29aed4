import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { makeLesson } from '@/testing/lesson-fixture';
import { App } from './app';

function serve(routes: Record<string, () => Response>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (routes[url] ?? (() => new Response('', { status: 404 })))()),
  );
}

const json = (data: unknown) => () => new Response(JSON.stringify(data), { status: 200 });

function renderAt(path: string) {
  window.history.pushState({}, '', path);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}

describe('App routes', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the lessons in the library with title, length and synopsis', async () => {
    const lesson = makeLesson();
    serve({ '/data/lessons/index.json': json([{ ...lesson, passages: undefined }]) });
    renderAt('/');
    const link = await screen.findByRole('link', { name: 'A Lesson' });
    expect(link).toHaveAttribute('href', '/lessons/fixture-lesson');
    expect(screen.getByText('02:00')).toBeVisible();
    expect(screen.getByText('What the lesson is about.')).toBeVisible();
  });

  it('shows a not-found view with a link home for an unknown lesson', async () => {
    serve({});
    renderAt('/lessons/nope');
    expect(await screen.findByRole('heading', { name: 'Lesson not found' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Go to all lessons' })).toHaveAttribute('href', '/');
  });

  it('lists the bad field paths of invalid lesson data', async () => {
    const lesson = makeLesson();
    const broken = {
      ...lesson,
      passages: [lesson.passages[1], { ...lesson.passages[0], en: '' }],
    };
    serve({ '/data/lessons/broken.json': json(broken) });
    renderAt('/lessons/broken');
    expect(await screen.findByRole('heading', { name: /data is invalid/i })).toBeVisible();
    const field = screen.getByText('passages.1.en', { selector: 'code' });
    expect(field.closest('li')).toHaveTextContent(/^passages\.1\.en: must not be empty$/);
  });

  it('says the lesson could not be loaded when the server fails, with a retry', async () => {
    serve({ '/data/lessons/down.json': () => new Response('', { status: 500 }) });
    renderAt('/lessons/down');
    // One try and three retries with back-off (a server error is often brief), then the message.
    expect(await screen.findByText(/HTTP 500/, {}, { timeout: 6000 })).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
