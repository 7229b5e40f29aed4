/**
 * Opens the real lesson in a fresh page and puts the two peers beside the app's transcript:
 * Hyperaudio Lite's own script (from node_modules, unmodified) and the probes of page/probes.js.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import type { Plugin } from 'vite';
import type { Lesson } from '@/domain/lesson-schema';
import { CSP_HEADER } from '../csp';
import { lessonPages } from '../vite-lessons-plugin';
import type { CrossBoundary } from './lag';

export const LESSON_ID = 'digital-china-12';
export const PROBES = fileURLToPath(new URL('./page/probes.js', import.meta.url));
const LONG_TASKS = fileURLToPath(new URL('./page/long-tasks.js', import.meta.url));

// Named `require` so that knip reads `require.resolve` as a use of hyperaudio-lite.
const require = createRequire(import.meta.url);
export const hyperaudioScript = () => require.resolve('hyperaudio-lite');

export function readLesson(root: string): Lesson {
  return JSON.parse(readFileSync(`${root}/data/lessons/${LESSON_ID}.json`, 'utf8')) as Lesson;
}

const servedLessons = new Map<string, { body: string; page: string }>();
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let builtAppPage: (() => string) | undefined;

/**
 * Serves `body` as lesson `id`'s JSON from the bench's own server (a lesson that is not
 * bundled), as a host serves a bundled one, with its own page as the build makes one for each
 * bundled lesson (vite-lessons-plugin.ts lessonPages: a preload of its JSON, its first screen).
 * Not through Playwright's page.route: passing 2 MB through the driver took about 0.9 s, which
 * the page would have counted as its own loading. Resolves once the page is made.
 */
export async function serveLesson(id: string, body: string) {
  if (servedLessons.get(id)?.body === body) return;
  if (!builtAppPage) throw new Error('serveLesson: the server has no servedLessonsPlugin');
  const [made] = await lessonPages(ROOT, builtAppPage(), [{ id, text: body }]);
  if (made!.problem)
    throw new Error(`the served lesson ${id} has no first screen: ${made!.problem}`);
  servedLessons.set(id, { body, page: made!.html });
}

/** The preview server's side of serveLesson: the lesson's JSON, and its page. */
export function servedLessonsPlugin(outDir: string): Plugin {
  builtAppPage = () => readFileSync(`${outDir}/index.html`, 'utf8');
  return {
    name: 'bench-served-lessons',
    // Before the app's own lesson middleware, which answers 404 for a lesson it did not build.
    enforce: 'pre',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const page = /^\/lessons\/([^/?#]+?)(?:\.html)?(?:[?#]|$)/.exec(request.url ?? '');
        const served = page && servedLessons.get(decodeURIComponent(page[1]!));
        if (served) {
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.setHeader('Content-Security-Policy', CSP_HEADER);
          response.end(served.page);
          return;
        }
        const match = /^\/data\/lessons\/([^/?#]+)\.json(?:[?#]|$)/.exec(request.url ?? '');
        const body = match && servedLessons.get(decodeURIComponent(match[1]!))?.body;
        if (!body) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(body);
      });
    },
  };
}

export interface LessonPage {
  page: Page;
  cross: CrossBoundary;
  close(): Promise<void>;
}

/**
 * A context for a lag page, its long tasks recorded from each page's start (page/long-tasks.js).
 * The built app has a strict CSP (script-src 'self'), which would refuse the two inline scripts
 * addPeers adds; bypassing it changes nothing else the benchmark measures.
 */
export async function newPeersContext(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
  await context.addInitScript({ path: LONG_TASKS });
  return context;
}

export interface LongTasks {
  count: number;
  /** The longest, ms; 0 when there were none. */
  longest: number;
}

/** The page's clock (performance.now()), for longTasksSince. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The long tasks the page recorded since `from` (its performance.now()). */
export async function longTasksSince(page: Page, from: number): Promise<LongTasks> {
  const durations = await page.evaluate(
    (t) => window.__longTasks.filter((task) => task.start >= t).map((task) => task.duration),
    from,
  );
  return { count: durations.length, longest: Math.max(0, ...durations) };
}

/**
 * In a lesson page already open (in a newPeersContext): makes the player, puts the two peers
 * beside the transcript and loads the whole video; `videoSeconds` is the video's own length,
 * which may be shorter than the lesson's.
 */
export async function addPeers(page: Page, lesson: Lesson) {
  await page.getByRole('region', { name: 'Transcript' }).waitFor({ timeout: 120_000 });
  // The player is made when the viewer comes to the video.
  await page.locator('.player-frame').hover();
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
  await page.addScriptTag({ path: hyperaudioScript() });
  await page.addScriptTag({ path: PROBES });
  const passages = lesson.passages.map(({ start, end, en }) => ({ start, end, en }));
  await page.evaluate((list) => window.__bench.install(list), passages);
  const load = await page.evaluate(() => window.__bench.loadFully(30_000));
  if (!load.buffered)
    throw new Error(`The stand-in video did not load fully: ${JSON.stringify(load)}`);
  const cross: CrossBoundary = (...args) =>
    page.evaluate(
      ([i, start, rate, lead, cap]) => window.__bench.crossBoundary(i, start, rate, lead, cap),
      args,
    );
  return { cross, videoSeconds: load.duration };
}

/** `body`, when given, is served as the lesson's JSON (a lesson that is not bundled). */
export async function openLessonWithPeers(
  browser: Browser,
  url: string,
  lesson: Lesson,
  body?: string,
) {
  const context = await newPeersContext(browser);
  const page = await context.newPage();
  if (body) await serveLesson(lesson.id, body);
  await page.goto(`${url}/lessons/${lesson.id}`);
  const { cross } = await addPeers(page, lesson);
  return { page, cross, close: () => context.close() } satisfies LessonPage;
}

/** The probes' API as the page sees it (page/probes.js). */
export interface BenchProbes {
  install(passages: { start: number; end: number; en: string }[]): void;
  crossBoundary(
    index: number,
    start: number,
    rate: number,
    lead: number,
    cap: number,
  ): Promise<(number | null)[]>;
  seekResponse(index: number, time: number): Promise<(number | null)[]>;
  frameIntervals(count: number): Promise<number[]>;
  playingFrameIntervals(count: number, rate: number, at: number): Promise<number[]>;
  loadFully(
    timeoutMs: number,
  ): Promise<{ readyState: number; duration: number; buffered: boolean }>;
}

declare global {
  interface Window {
    __bench: BenchProbes;
    /** page/long-tasks.js: every long task since the page started (ms, its clock). */
    __longTasks: { start: number; duration: number }[];
  }
}
