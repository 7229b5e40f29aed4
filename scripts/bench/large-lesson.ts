/**
 * The transcript at scale: a synthetic lesson of 10,000 passages (bench-lesson.ts), served by
 * intercepting its JSON with page.route and opened at /lessons/bench-10k. Measures time to first
 * render, the cost of one passage change, and how many passage rows re-render per change (with
 * the render counter of page/render-counter.js, which is installed only in the page that counts,
 * so the timings are taken without it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { BENCH_LESSON_ID, makeBenchLesson } from './bench-lesson';
import { measureRenders, RENDER_COUNTER, type Commit } from './render-count';
import { present, summarize, type Summary } from './stats';
import { layoutCost, seekingDispatches, traced, type DispatchCost, type LayoutCost } from './trace';

const COUNT = 10_000;
const LOADS = 3;
const CHANGES = 12;
const LARGE = fileURLToPath(new URL('./page/large.js', import.meta.url));

export interface LargeResult {
  passages: number;
  jsonBytes: number;
  firstRender: { dom: Summary; painted: Summary; loads: number; layout: LayoutCost };
  change: {
    toCurrent: Summary;
    toNextFrame: Summary;
    dispatch: Record<keyof DispatchCost, Summary>;
  };
  /** The same seeks' `seeking` dispatch when the passage does not change: the baseline. */
  noChange: Record<keyof DispatchCost, Summary>;
  renders: { perChange: Commit[]; languageSwitch: Commit };
}

/** Passages inside the 553 s stand-in video, visited in a stride that changes every time. */
export function changeTargets(count: number) {
  return Array.from({ length: count }, (_, k) => {
    const index = (k * 37 + 11) % 180;
    return { index, time: (index + 1) * 3 + 1.5 };
  });
}

async function newLargePage(browser: Browser, body: string, counting: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route(`**/data/lessons/${BENCH_LESSON_ID}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json; charset=utf-8', body }),
  );
  const large = readFileSync(LARGE, 'utf8');
  await page.addInitScript({ content: `${large}\nwindow.__benchLarge.watchList(${COUNT});` });
  if (counting) await page.addInitScript({ path: RENDER_COUNTER });
  return { page, close: () => context.close() };
}

async function load(page: Page, url: string) {
  await page.goto(`${url}/lessons/${BENCH_LESSON_ID}`);
  await page.waitForFunction(() => window.__benchLarge.firstRender.painted !== null, null, {
    timeout: 300_000,
  });
  // The player is made when the viewer comes to the video.
  await page.locator('.player-frame').hover();
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2, null, {
    timeout: 60_000,
  });
}

async function openLarge(browser: Browser, url: string, body: string, counting: boolean) {
  const opened = await newLargePage(browser, body, counting);
  await load(opened.page, url);
  return opened;
}

/** One more load, traced (so not among the timed ones), for where its time goes. */
async function tracedLoad(browser: Browser, url: string, body: string) {
  const { page, close } = await newLargePage(browser, body, false);
  const events = await traced(browser, page, () => load(page, url));
  await close();
  return layoutCost(events);
}

async function measureChanges(browser: Browser, page: Page) {
  const walls: { toCurrent: number; toNextFrame: number }[] = [];
  const events = await traced(browser, page, async () => {
    for (const { index, time } of changeTargets(CHANGES)) {
      walls.push(
        await page.evaluate(([i, t]) => window.__benchLarge.changePassage(i, t), [
          index,
          time,
        ] as const),
      );
      await page.evaluate((t) => window.__benchLarge.seekWithin(t), time + 0.7);
    }
  });
  const dispatches = seekingDispatches(events);
  if (dispatches.length !== CHANGES * 2)
    throw new Error(
      `expected ${CHANGES * 2} seeking dispatches in the trace, found ${dispatches.length}`,
    );
  const pick = (parity: number) => dispatches.filter((_, i) => i % 2 === parity);
  const costs = (list: DispatchCost[]) =>
    ({
      totalMs: summarize(list.map((d) => d.totalMs)),
      styleLayoutMs: summarize(list.map((d) => d.styleLayoutMs)),
      scriptMs: summarize(list.map((d) => d.scriptMs)),
    }) satisfies Record<keyof DispatchCost, Summary>;
  return {
    change: {
      toCurrent: summarize(walls.map((w) => w.toCurrent)),
      toNextFrame: summarize(walls.map((w) => w.toNextFrame)),
      dispatch: costs(pick(0)),
    },
    noChange: costs(pick(1)),
  };
}

export async function measureLargeLesson(browser: Browser, url: string): Promise<LargeResult> {
  const body = JSON.stringify(makeBenchLesson(COUNT));
  const loads: { dom: number; painted: number }[] = [];
  let timed: Awaited<ReturnType<typeof measureChanges>> | undefined;
  for (let i = 0; i < LOADS; i++) {
    const { page, close } = await openLarge(browser, url, body, false);
    loads.push(
      await page.evaluate(
        () => window.__benchLarge.firstRender as { dom: number; painted: number },
      ),
    );
    if (i === LOADS - 1) timed = await measureChanges(browser, page);
    await close();
  }
  const layout = await tracedLoad(browser, url, body);
  const counting = await openLarge(browser, url, body, true);
  const renders = await measureRenders(counting.page, changeTargets(10), COUNT);
  await counting.close();
  return {
    passages: COUNT,
    jsonBytes: Buffer.byteLength(body),
    firstRender: {
      dom: summarize(present(loads.map((l) => l.dom))),
      painted: summarize(present(loads.map((l) => l.painted))),
      loads: LOADS,
      layout,
    },
    change: timed!.change,
    noChange: timed!.noChange,
    renders,
  };
}

declare global {
  interface Window {
    __benchLarge: {
      firstRender: { dom: number | null; painted: number | null };
      changePassage(
        index: number,
        time: number,
      ): Promise<{ toCurrent: number; toNextFrame: number }>;
      seekWithin(time: number): Promise<void>;
    };
  }
}
