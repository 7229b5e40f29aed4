/**
 * `npm run bench`: builds the app, serves the build, measures it in Debian's Chromium and writes
 * BENCHMARKS.md. A benchmark, not a test: it reports figures and targets, it asserts nothing.
 * It takes a few minutes (about 40 boundary crossings, 20 seeks, four loads of a 10,000-passage
 * lesson); `--skip-build` reuses the previous build. The raw results are kept in
 * node_modules/.cache/tandem-bench/results.json; `--report-only` rewrites BENCHMARKS.md from them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { measureLag } from './lag';
import { measureLargeLesson } from './large-lesson';
import { openLessonWithPeers, readLesson } from './lesson-page';
import { describeMachine, loadNow, waitForQuiet } from './machine';
import { renderReport, type Frames, type Results } from './report';
import { measureSeek } from './seek';
import { buildApp, launchChromium, serve, BUILD_DIR } from './server';
import { summarize } from './stats';

const root = process.cwd();
const RESULTS = resolve(root, 'node_modules/.cache/tandem-bench/results.json');
const log = (message: string) => console.log(`[bench] ${message}`);

async function frames(page: Page): Promise<Frames> {
  const idle = await page.evaluate(() => window.__bench.frameIntervals(120));
  const playing = (rate: number) =>
    page.evaluate((r) => window.__bench.playingFrameIntervals(120, r, 300), rate);
  return {
    idle: summarize(idle),
    playing1x: summarize(await playing(1)),
    playing2x: summarize(await playing(2)),
  };
}

function write(results: Results) {
  writeFileSync(resolve(root, 'BENCHMARKS.md'), renderReport(results));
  for (const r of results.lag)
    log(
      `lag p95 at ${r.rate}×: ours ${r.summary.ours.p95.toFixed(1)} ms, timeupdate ${r.summary.timeupdate.p95.toFixed(1)} ms, Hyperaudio ${r.summary.hyperaudio.p95.toFixed(1)} ms`,
    );
  log('wrote BENCHMARKS.md');
}

async function main() {
  if (process.argv.includes('--report-only')) {
    write(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results);
    return;
  }
  const outDir = process.argv.includes('--skip-build') ? resolve(root, BUILD_DIR) : buildApp(root);
  const served = await serve(root, outDir);
  const browser = await launchChromium();
  try {
    const loadBefore = await waitForQuiet(5 * 60_000, log);
    const machine = describeMachine(browser, root, loadBefore);
    log(`serving ${served.url}; Chromium ${machine.chromium}`);
    const lesson = readLesson(root);
    const lessonPage = await openLessonWithPeers(browser, served.url, lesson);
    const lag = [];
    for (const rate of [1, 2]) {
      log(`highlight lag at ${rate}×: ${lesson.passages.length} boundaries`);
      lag.push(await measureLag(lessonPage.page, lesson, rate));
    }
    log('seek response');
    const seek = await measureSeek(lessonPage.page, lesson);
    log('frame intervals');
    const frameStats = await frames(lessonPage.page);
    await lessonPage.close();
    log('10,000-passage lesson (four loads, then the counting page)');
    const large = await measureLargeLesson(browser, served.url);
    machine.load.after = loadNow();
    const results: Results = { machine, frames: frameStats, lag, seek, large };
    writeFileSync(RESULTS, JSON.stringify(results));
    write(results);
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
