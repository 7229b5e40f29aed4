import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { getLessonQueryOptions } from '@/features/lesson/get-lesson';

/**
 * The attribute on the page's root while it holds the lesson's first screen, rendered at build
 * time (first-screen.tsx): its rows are laid out by the style sheet until the app places them.
 */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/**
 * How long the first render of a lesson's page waits for the lesson before it shows the
 * skeleton instead. The page preloads its lesson's file beside the app's script, so the data is
 * usually there within a few milliseconds of the script; on a slow connection the skeleton comes
 * after this, not at once, and the transcript when the file does.
 */
export const FIRST_RENDER_WAIT_MS = 250;

/** The lesson a page shows, from its path (`/lessons/<id>`), or null for any other page. */
export function lessonIdOfPath(pathname: string): string | null {
  const match = /^\/lessons\/([^/]+?)(?:\.html)?\/?$/.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/**
 * Starts loading a lesson page's lesson before the app's first render, and resolves when it is
 * in the cache (loaded, or failed) or after FIRST_RENDER_WAIT_MS, whichever comes first; on a
 * page that shows the lesson's first screen, only when it is in the cache, as the skeleton would
 * replace the lesson the reader already sees.
 * Rendered with its data, the page commits the transcript in one synchronous render; rendered
 * without it, React commits the skeleton, renders the page again in time slices once the data
 * is there, and holds the reveal until 300 ms after the skeleton appeared (its guard against
 * flicker), which together cost about a third of a second of the first rows.
 */
export function beforeFirstRender(
  client: QueryClient,
  pathname: string,
  { firstScreen = false } = {},
): Promise<void> {
  const id = lessonIdOfPath(pathname);
  if (id === null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = firstScreen ? undefined : setTimeout(resolve, FIRST_RENDER_WAIT_MS);
    // prefetchQuery never rejects: a failure stays in the cache for the page's error view.
    void client.prefetchQuery(getLessonQueryOptions(id)).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Whether the page shows its lesson's first screen: it holds one, and the check in its head
 * (scripts/first-screen/first-screen-check.js) has not hidden it from this visit.
 */
export function showsFirstScreen(container: HTMLElement) {
  return (
    container.hasAttribute(FIRST_SCREEN_ATTRIBUTE) &&
    document.documentElement.getAttribute(FIRST_SCREEN_ATTRIBUTE) !== 'hidden'
  );
}

/**
 * Renders the app into `container`. Over a first screen, the first commit is made at once and
 * replaces it (React empties the container on its first commit), and the mark goes in the same
 * task, so no frame shows both or neither.
 */
export function renderApp(container: HTMLElement, app: ReactNode) {
  const root = createRoot(container);
  if (!container.hasAttribute(FIRST_SCREEN_ATTRIBUTE)) return root.render(app);
  flushSync(() => root.render(app));
  container.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
}
