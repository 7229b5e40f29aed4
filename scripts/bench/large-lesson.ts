/**
 * The transcript at scale, three lessons side by side in one run: Lesson 12 (20 passages), a
 * real-shaped lesson of 1,000 passages (Lesson 12's passages repeated over its video) and a
 * synthetic one of 10,000 (bench-lesson.ts). The long ones' JSON is served by the bench's server
 * (lesson-page.ts serveLesson). For each: time to the first rows painted, first intent to watch → video
 * ready, the cost of one passage change while paused and how many rows re-render for it (with
 * the render counter of page/render-counter.js, installed only in the page that counts, so the
 * timings are taken without it), and the JS heap. For the 10,000: scrolling the transcript from
 * top to bottom with the wheel.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import type { Lesson } from '@/domain/lesson-schema';
import { makeBenchLesson, makeLongLesson } from './bench-lesson';
import { serveLesson } from './lesson-page';
import type { LagResult } from './lag';
import { measureRenders, RENDER_COUNTER, type Commit } from './render-count';
import { present, summarize, type Summary } from './stats';
import { layoutCost, seekingDispatches, traced, type DispatchCost, type LayoutCost } from './trace';

const LOADS = 3;
/** Passage changes timed from the page (with its probes). */
const CHANGES = 12;
/** Passage changes traced, with none of the bench's own code inside their dispatch. */
const TRACED_CHANGES = 24;
/** The stand-in video's length: only passages before it can be played or sought to. */
const MEDIA_END = 550;
const LARGE = fileURLToPath(new URL('./page/large.js', import.meta.url));

export interface SizeResult {
  label: string;
  passages: number;
  jsonBytes: number;
  firstRender: {
    /** The first passage rows: the page's first screen where it has one. */
    dom: Summary;
    painted: Summary;
    /** The app's own rows, its first render having replaced the first screen. */
    appPainted: Summary;
    /** A row marked current painted, or null when no passage is current at 0:00. */
    currentPainted: Summary | null;
    loads: number;
    layout: LayoutCost;
  };
  /** Hover over the video → `readyState` ≥ 2, wall ms measured from the driver. */
  intentToReady: Summary;
  change: {
    /** Seek → the passage's row in the document, marked current (after following's glide). */
    toCurrent: Summary;
    /** Seek → the end of the first frame after the `seeking` dispatch that changed passage. */
    toNextFrame: Summary;
    /** The longest frame interval from the seek until the row is current, ms. */
    longestFrame: Summary;
    dispatch: Record<keyof DispatchCost, Summary>;
  };
  /** The same seeks' `seeking` dispatch when the passage does not change: the baseline. */
  noChange: Record<keyof DispatchCost, Summary>;
  renders: { perChange: Commit[] };
  /** JS heap used after a full garbage collection, the lesson open and its video ready, MB. */
  heapMB: number;
}

export interface LargeResult {
  /** When it was measured, and the load average (1 min) just before. */
  date?: string;
  loadBefore?: number;
  sizes: SizeResult[];
  /** Highlight lag while playing with 10,000 passages (section 1's measure), at 1× and 2×. */
  lag?: LagResult[];
  /** The 10,000-passage transcript wheeled from top to bottom: frame intervals, ms. */
  scroll: { frames: Summary; over50: number; wheelEvents: number; rowsAtEnd: number };
}

export interface BenchLessonSpec {
  label: string;
  lesson: Lesson;
  /** Served in place of /data/lessons/<id>.json; the bundled lesson is served as built. */
  body?: string;
}

export function lessonSpecs(source: Lesson): BenchLessonSpec[] {
  const long = makeLongLesson(source, 1_000);
  const synthetic = makeBenchLesson(10_000);
  return [
    { label: 'Lesson 12 (20)', lesson: source },
    { label: 'real-shaped (1,000)', lesson: long, body: JSON.stringify(long) },
    { label: 'synthetic (10,000)', lesson: synthetic, body: JSON.stringify(synthetic) },
  ];
}

/** Passages inside the stand-in video, visited in a stride that changes passage every time. */
export function changeTargets(lesson: Lesson, count: number) {
  const playable = lesson.passages.filter((p) => p.end <= MEDIA_END);
  return Array.from({ length: count }, (_, k) => {
    const index = (k * 37 + 11) % playable.length;
    const { start, end } = playable[index]!;
    return { index, time: start + 0.25 * (end - start), within: start + 0.6 * (end - start) };
  });
}

async function newPage(browser: Browser, spec: BenchLessonSpec, counting: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (spec.body) await serveLesson(spec.lesson.id, spec.body);
  const large = readFileSync(LARGE, 'utf8');
  await page.addInitScript({ content: `${large}\nwindow.__benchLarge.watchFirstRow();` });
  if (counting) await page.addInitScript({ path: RENDER_COUNTER });
  return { page, close: () => context.close() };
}

/** Opens the lesson, then comes to its video; returns ms from that intent to a ready video. */
async function load(page: Page, url: string, spec: BenchLessonSpec) {
  await page.goto(`${url}/lessons/${spec.lesson.id}`);
  await page.waitForFunction(() => window.__benchLarge.firstRender.appPainted !== null, null, {
    timeout: 300_000,
  });
  const t0 = performance.now();
  await page.locator('.player-frame').hover();
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, null, {
    timeout: 300_000,
  });
  const intent = performance.now() - t0;
  await page.mouse.move(0, 0);
  return intent;
}

async function measureChanges(browser: Browser, page: Page, lesson: Lesson) {
  const walls: { toCurrent: number; toNextFrame: number; longestFrame: number }[] = [];
  for (const { index, time, within } of changeTargets(lesson, CHANGES)) {
    walls.push(
      await page.evaluate(([i, t]) => window.__benchLarge.changePassage(i, t), [
        index,
        time,
      ] as const),
    );
    await page.evaluate((t) => window.__benchLarge.seekWithin(t), within);
  }
  const events = await traced(browser, page, async () => {
    for (const { index, time, within } of changeTargets(lesson, TRACED_CHANGES)) {
      await page.evaluate(([i, t]) => window.__benchLarge.changeQuietly(i, t), [
        index,
        time,
      ] as const);
      await page.evaluate((t) => window.__benchLarge.seekWithin(t), within);
    }
  });
  const dispatches = seekingDispatches(events);
  if (dispatches.length !== TRACED_CHANGES * 2)
    throw new Error(
      `expected ${TRACED_CHANGES * 2} seeking dispatches in the trace, found ${dispatches.length}`,
    );
  const pick = (parity: number) => dispatches.filter((_, i) => i % 2 === parity);
  const costs = (list: DispatchCost[]) =>
    ({
      totalMs: summarize(list.map((d) => d.totalMs)),
      styleLayoutMs: summarize(list.map((d) => d.styleLayoutMs)),
      scriptMs: summarize(list.map((d) => d.scriptMs)),
      cpuMs: summarize(list.map((d) => d.cpuMs)),
    }) satisfies Record<keyof DispatchCost, Summary>;
  return {
    change: {
      toCurrent: summarize(walls.map((w) => w.toCurrent)),
      toNextFrame: summarize(walls.map((w) => w.toNextFrame)),
      longestFrame: summarize(walls.map((w) => w.longestFrame)),
      dispatch: costs(pick(0)),
    },
    noChange: costs(pick(1)),
  };
}

async function heapMB(page: Page) {
  const client = await page.context().newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  await client.detach();
  return usedSize / 1e6;
}

/** Wheels the transcript from its top to its bottom, recording every frame's interval. */
async function wheelToEnd(page: Page) {
  const pane = page.locator('.transcript-scroll');
  await pane.hover();
  await page.evaluate(() => window.__benchLarge.recordFrames());
  let wheelEvents = 0;
  for (;;) {
    await page.mouse.wheel(0, 1500);
    wheelEvents++;
    const atEnd = await pane.evaluate(
      (el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2,
    );
    if (atEnd || wheelEvents > 5_000) break;
  }
  const frames = await page.evaluate(() => window.__benchLarge.stopFrames());
  const rowsAtEnd = await page.evaluate(() => {
    const last = [...document.querySelectorAll<HTMLElement>('li.passage')].at(-1);
    return Number(last?.getAttribute('aria-posinset') ?? 0);
  });
  return {
    frames: summarize(frames),
    over50: frames.filter((f) => f > 50).length,
    wheelEvents,
    rowsAtEnd,
  };
}

async function measureSize(browser: Browser, url: string, spec: BenchLessonSpec) {
  const loads: FirstRenderTimes[] = [];
  const intents: number[] = [];
  let timed: Awaited<ReturnType<typeof measureChanges>> | undefined;
  let heap = 0;
  for (let i = 0; i < LOADS; i++) {
    const { page, close } = await newPage(browser, spec, false);
    intents.push(await load(page, url, spec));
    // Two frames after the app's rows, when the page stops watching.
    await page.waitForFunction(() => !!window.__benchLarge.firstRender.appPainted);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    loads.push(await page.evaluate(() => window.__benchLarge.firstRender));
    if (i === LOADS - 1) {
      heap = await heapMB(page);
      timed = await measureChanges(browser, page, spec.lesson);
    }
    await close();
  }
  const traceLoad = await newPage(browser, spec, false);
  const events = await traced(browser, traceLoad.page, async () => {
    await load(traceLoad.page, url, spec);
  });
  await traceLoad.close();
  const counting = await newPage(browser, spec, true);
  await load(counting.page, url, spec);
  const renders = await measureRenders(counting.page, changeTargets(spec.lesson, 10));
  await counting.close();
  return {
    label: spec.label,
    passages: spec.lesson.passages.length,
    jsonBytes: Buffer.byteLength(spec.body ?? JSON.stringify(spec.lesson)),
    firstRender: {
      dom: summarize(present(loads.map((l) => l.dom))),
      painted: summarize(present(loads.map((l) => l.painted))),
      appPainted: summarize(present(loads.map((l) => l.appPainted))),
      currentPainted: loads.some((l) => l.currentPainted !== null)
        ? summarize(present(loads.map((l) => l.currentPainted)))
        : null,
      loads: LOADS,
      layout: layoutCost(events),
    },
    intentToReady: summarize(intents),
    change: timed!.change,
    noChange: timed!.noChange,
    renders,
    heapMB: heap,
  } satisfies SizeResult;
}

export async function measureLargeLesson(
  browser: Browser,
  url: string,
  source: Lesson,
  log: (message: string) => void,
): Promise<LargeResult> {
  const specs = lessonSpecs(source);
  const sizes: SizeResult[] = [];
  for (const spec of specs) {
    log(`long lessons: ${spec.label}`);
    sizes.push(await measureSize(browser, url, spec));
  }
  log('long lessons: wheeling the 10,000-passage transcript to its end');
  const { page, close } = await newPage(browser, specs.at(-1)!, false);
  await load(page, url, specs.at(-1)!);
  const scroll = await wheelToEnd(page);
  await close();
  return { sizes, scroll };
}

/** page/large.js watchFirstRow's stamps (ms from navigation), null until seen. */
interface FirstRenderTimes {
  dom: number | null;
  painted: number | null;
  app: number | null;
  appPainted: number | null;
  current: number | null;
  currentPainted: number | null;
}

declare global {
  interface Window {
    __benchLarge: {
      firstRender: FirstRenderTimes;
      changePassage(
        index: number,
        time: number,
      ): Promise<{ toCurrent: number; toNextFrame: number; longestFrame: number }>;
      changeQuietly(index: number, time: number): Promise<void>;
      seekWithin(time: number): Promise<void>;
      recordFrames(): void;
      stopFrames(): number[];
    };
  }
}
