/**
 * `npm run bench`: builds the app, serves the build, measures it in Debian's Chromium and writes
 * BENCHMARKS.md. A benchmark, not a test: it reports figures and targets, it asserts nothing.
 * It takes a few minutes (about 40 boundary crossings, 20 seeks, four loads of a 10,000-passage
 * lesson), then Lighthouse (two pages, three runs each); `--skip-build` reuses the previous build.
 * The raw results are kept in node_modules/.cache/tandem-bench/results.json; `--report-only`
 * rewrites BENCHMARKS.md from them. `--only lighthouse` runs Lighthouse alone and merges its
 * figures into those results, or, when there are none, into the Lighthouse section of the
 * existing BENCHMARKS.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { measureLag } from './lag';
import { measureLargeLesson } from './large-lesson';
import { openLessonWithPeers, readLesson } from './lesson-page';
import { measureLighthouse, type LighthouseResult } from './lighthouse';
import { describeMachine, loadNow, waitForQuiet } from './machine';
import { replaceSection } from './markdown';
import { renderReport, type Frames, type Results } from './report';
import { lighthouseSection } from './report-lighthouse';
import { measureSeek } from './seek';
import { buildApp, launchChromium, serve, BUILD_DIR } from './server';
import { summarize } from './stats';

const root = process.cwd();
const RESULTS = resolve(root, 'node_modules/.cache/tandem-bench/results.json');
const LIGHTHOUSE_REPORTS = resolve(root, 'node_modules/.cache/tandem-bench/lighthouse');
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

function logLighthouse(lighthouse: LighthouseResult) {
  for (const page of lighthouse.pages) {
    const s = page.scores;
    log(
      `Lighthouse ${page.path}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`,
    );
  }
}

function write(results: Results) {
  writeFileSync(resolve(root, 'BENCHMARKS.md'), renderReport(results));
  for (const r of results.lag)
    log(
      `lag p95 at ${r.rate}×: ours ${r.summary.ours.p95.toFixed(1)} ms, timeupdate ${r.summary.timeupdate.p95.toFixed(1)} ms, Hyperaudio ${r.summary.hyperaudio.p95.toFixed(1)} ms`,
    );
  if (results.lighthouse) logLighthouse(results.lighthouse);
  log('wrote BENCHMARKS.md');
}

const readResults = () =>
  existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : null;

/** `--only lighthouse` (also `--only=lighthouse`, `--lighthouse-only`): null for the whole run. */
function only(args: readonly string[]): 'lighthouse' | null {
  if (args.includes('--lighthouse-only')) return 'lighthouse';
  const index = args.indexOf('--only');
  const value =
    index === -1 ? args.find((a) => a.startsWith('--only='))?.slice(7) : args[index + 1];
  if (value === 'lighthouse') return 'lighthouse';
  if (index !== -1 || value !== undefined)
    throw new Error(`--only ${value ?? ''}: the only measure that runs alone is "lighthouse"`);
  return null;
}

async function lighthouse(url: string, alone: boolean) {
  await waitForQuiet(5 * 60_000, log);
  log(`Lighthouse: ${url}, mobile, simulated throttling`);
  return measureLighthouse(url, root, { alone, reportDir: LIGHTHOUSE_REPORTS, log });
}

async function lighthouseOnly(url: string) {
  const result = await lighthouse(url, true);
  const previous = readResults();
  if (previous) {
    const results: Results = { ...previous, lighthouse: result };
    writeFileSync(RESULTS, JSON.stringify(results));
    write(results);
    return;
  }
  // No earlier results to render the other sections from: keep them as BENCHMARKS.md has them.
  const report = resolve(root, 'BENCHMARKS.md');
  const existing = existsSync(report) ? readFileSync(report, 'utf8') : '# Benchmarks\n';
  writeFileSync(report, replaceSection(existing, lighthouseSection(result)));
  logLighthouse(result);
  log(`no ${RESULTS}: replaced the Lighthouse section of BENCHMARKS.md`);
}

async function everything(url: string) {
  const browser = await launchChromium();
  let results: Omit<Results, 'lighthouse'>;
  try {
    const loadBefore = await waitForQuiet(5 * 60_000, log);
    const machine = describeMachine(browser, root, loadBefore);
    log(`serving ${url}; Chromium ${machine.chromium}`);
    const lesson = readLesson(root);
    const lessonPage = await openLessonWithPeers(browser, url, lesson);
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
    const large = await measureLargeLesson(browser, url);
    machine.load.after = loadNow();
    results = { machine, frames: frameStats, lag, seek, large };
  } finally {
    await browser.close();
  }
  // Kept first, so that a Lighthouse failure loses none of the above: `--only lighthouse` then
  // adds its figures to these.
  writeFileSync(RESULTS, JSON.stringify(results));
  // Lighthouse launches a Chromium of its own for each run, once Playwright's has gone.
  const full: Results = { ...results, lighthouse: await lighthouse(url, false) };
  writeFileSync(RESULTS, JSON.stringify(full));
  write(full);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--report-only')) {
    const results = readResults();
    if (!results) throw new Error(`no results to report: ${RESULTS} does not exist`);
    write(results);
    return;
  }
  const measure = only(args);
  const outDir = args.includes('--skip-build') ? resolve(root, BUILD_DIR) : buildApp(root);
  const served = await serve(root, outDir);
  try {
    if (measure === 'lighthouse') await lighthouseOnly(served.url);
    else await everything(served.url);
  } finally {
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
