import { QueryClient } from '@tanstack/react-query';
import { makeLesson } from '@/testing/lesson-fixture';
import {
  beforeFirstRender,
  FIRST_RENDER_WAIT_MS,
  FIRST_SCREEN_ATTRIBUTE,
  lessonIdOfPath,
  renderApp,
  showsFirstScreen,
} from './first-render';

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

/** A lesson whose file comes only when `answer` is called; fake timers on. */
function slowLesson() {
  vi.useFakeTimers();
  const lesson = makeLesson();
  let respond: (response: Response) => void = () => {};
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise<Response>((resolve) => (respond = resolve))),
  );
  const answer = () => respond(new Response(JSON.stringify(lesson)));
  return { lesson, client: new QueryClient(), answer };
}

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
    const { lesson, client, answer } = slowLesson();
    let ready = false;
    void beforeFirstRender(client, `/lessons/${lesson.id}`).then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(ready).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(ready).toBe(true);
    answer();
    await vi.waitFor(() => expect(client.getQueryData(['lessons', lesson.id])).toEqual(lesson));
  });

  it('loads nothing for a page that is not a lesson', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await beforeFirstRender(new QueryClient(), '/');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('beforeFirstRender, on a page with a first screen', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for a slow lesson past the limit: the skeleton would replace the lesson shown', async () => {
    const { lesson, client, answer } = slowLesson();
    let ready = false;
    void beforeFirstRender(client, `/lessons/${lesson.id}`, { firstScreen: true }).then(
      () => (ready = true),
    );
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS * 10);
    expect(ready).toBe(false);
    answer();
    await vi.waitFor(() => expect(ready).toBe(true));
    expect(client.getQueryData(['lessons', lesson.id])).toEqual(lesson);
  });
});

describe('renderApp', () => {
  it('replaces a first screen with its first render at once, and unmarks the root with it', () => {
    const container = document.createElement('div');
    container.setAttribute(FIRST_SCREEN_ATTRIBUTE, '');
    const list = document.createElement('ol');
    list.append(Object.assign(document.createElement('li'), { textContent: 'first screen' }));
    container.append(list);
    document.body.append(container);
    renderApp(container, <p>the app</p>);
    // Synchronously: no task runs (no frame is painted) between the two.
    expect(container.textContent).toBe('the app');
    expect(container.hasAttribute(FIRST_SCREEN_ATTRIBUTE)).toBe(false);
    container.remove();
  });

  it('renders into an empty root as usual', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    renderApp(container, <p>the app</p>);
    await vi.waitFor(() => expect(container.textContent).toBe('the app'));
    container.remove();
  });
});

describe('showsFirstScreen', () => {
  afterEach(() => document.documentElement.removeAttribute(FIRST_SCREEN_ATTRIBUTE));

  it('is true for a root holding a first screen, unless the check hid it from this visit', () => {
    const container = document.createElement('div');
    expect(showsFirstScreen(container)).toBe(false);
    container.setAttribute(FIRST_SCREEN_ATTRIBUTE, '');
    expect(showsFirstScreen(container)).toBe(true);
    document.documentElement.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'hidden');
    expect(showsFirstScreen(container)).toBe(false);
  });
});
