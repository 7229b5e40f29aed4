/**
 * `npm run bench`: builds the app, serves the build, measures it in Debian's Chromium and writes
 * BENCHMARKS.md. A benchmark, not a test: it reports figures and targets, it asserts nothing.
 * It takes a few minutes (about 40 boundary crossings, 20 seeks, four loads of a 10,000-passage
 * lesson), the bundle's sizes and what the lesson page fetches, then Lighthouse (two pages, three
 * runs each); `--skip-build` reuses the previous build. The raw results are kept in
 * node_modules/.cache/tandem-bench/results.json; `--report-only` rewrites BENCHMARKS.md from
 * them. `--only lighthouse` (or `--only bundle`, or `--only engines`: the highlight lag in Firefox
 * ESR and WebKit with Chromium's beside it, or `--only large`: section 3, long lessons, or `--only maker`: section 7, adding a 70-minute lecture and playing it beside Lesson 12) runs that measure alone and merges its figures
 * into those results, or, when there are none, into its section of the existing BENCHMARKS.md
 * (`--only maker` also keeps its raw figures in maker.json beside results.json).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Lesson } from '@/domain/lesson-schema';
import { measureBundle, type BundleResult } from './bundle';
import { type EnginesResult, measureEngineLag } from './engine-lag';
import { measureLag } from './lag';
import { type LargeResult, lessonSpecs, measureLargeLesson } from './large-lesson';
import { openLessonWithPeers, readLesson, servedLessonsPlugin } from './lesson-page';
import { type MakerResult, measureMaker } from './maker';
import { measureLighthouse, type LighthouseResult } from './lighthouse';
import { describeMachine, loadNow, waitForQuiet } from './machine';
import { keepOtherSections, replaceSection } from './markdown';
import type { Frames } from './report-lag';
import { renderReport, type Results } from './report';
import { bundleSection } from './report-bundle';
import { engineLagSection } from './report-engines';
import { largeSection } from './report-large';
import { lighthouseSection } from './report-lighthouse';
import { makerSection } from './report-maker';
import { measureSeek } from './seek';
import { buildApp, launchChromium, serve, BUILD_DIR } from './server';
import { summarize } from './stats';

const root = process.cwd();
const RESULTS = resolve(root, 'node_modules/.cache/tandem-bench/results.json');
const LIGHTHOUSE_REPORTS = resolve(root, 'node_modules/.cache/tandem-bench/lighthouse');
const log = (message: string) => console.log(`[bench] ${message}`);
/** Boundaries crossed with 10,000 passages: the first ones, inside the 553 s stand-in video. */
const LONG_LAG_CROSSINGS = 20;

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

function logBundle(bundle: BundleResult) {
  const kB = (bytes: number) => (bytes / 1000).toFixed(2);
  const lesson = bundle.initial[0]!;
  const fetched = (list: readonly { wireBytes: number }[]) =>
    kB(list.reduce((sum, s) => sum + s.wireBytes, 0));
  const hover = bundle.fetched.firstHover;
  log(
    `bundle: lesson page initial JS ${kB(lesson.gzipBytes)} kB gzip (budget ${bundle.budgetKB} kB); fetched before any interaction ${fetched(bundle.fetched.beforeInteraction)} kB on the wire, on the first term hover ${'scripts' in hover ? `${fetched(hover.scripts)} kB` : `not measured (${hover.error})`}`,
  );
}

function write(results: Results) {
  const file = resolve(root, 'BENCHMARKS.md');
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // Sections measured by hand (the bench does not take them) are kept.
  writeFileSync(file, keepOtherSections(existing, renderReport(results)));
  for (const r of results.lag)
    log(
      `lag p95 at ${r.rate}×: ours ${r.summary.ours.p95.toFixed(1)} ms, timeupdate ${r.summary.timeupdate.p95.toFixed(1)} ms, Hyperaudio ${r.summary.hyperaudio.p95.toFixed(1)} ms`,
    );
  if (results.engines) logEngines(results.engines);
  if (results.bundle) logBundle(results.bundle);
  if (results.lighthouse) logLighthouse(results.lighthouse);
  log('wrote BENCHMARKS.md');
}

const readResults = () =>
  existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : null;

const ALONE = ['lighthouse', 'bundle', 'engines', 'large', 'maker'] as const;
type Alone = (typeof ALONE)[number];

/**
 * `--only lighthouse` or `--only bundle` (also `--only=…`, and `--lighthouse-only`): null for
 * the whole run.
 */
function only(args: readonly string[]): Alone | null {
  if (args.includes('--lighthouse-only')) return 'lighthouse';
  const index = args.indexOf('--only');
  const value =
    index === -1 ? args.find((a) => a.startsWith('--only='))?.slice(7) : args[index + 1];
  const measure = ALONE.find((name) => name === value);
  if (measure) return measure;
  if (index !== -1 || value !== undefined)
    throw new Error(
      `--only ${value ?? ''}: the measures that run alone are ${ALONE.map((a) => `"${a}"`).join(' and ')}`,
    );
  return null;
}

async function lighthouse(url: string, alone: boolean) {
  await waitForQuiet(5 * 60_000, log);
  log(`Lighthouse: ${url}, mobile, simulated throttling`);
  return measureLighthouse(url, root, { alone, reportDir: LIGHTHOUSE_REPORTS, log });
}

/** One measure's figures, run alone, merged into the results or else into BENCHMARKS.md. */
function saveAlone(
  part:
    | Pick<Results, 'lighthouse'>
    | Pick<Results, 'bundle'>
    | Pick<Results, 'engines'>
    | Pick<Results, 'large'>
    | Pick<Results, 'maker'>,
  section: string,
) {
  const previous = readResults();
  if (previous) {
    const results: Results = { ...previous, ...part };
    writeFileSync(RESULTS, JSON.stringify(results));
    write(results);
    return;
  }
  // No earlier results to render the other sections from: keep them as BENCHMARKS.md has them.
  const report = resolve(root, 'BENCHMARKS.md');
  const existing = existsSync(report) ? readFileSync(report, 'utf8') : '# Benchmarks\n';
  writeFileSync(report, replaceSection(existing, section));
  log(`no ${RESULTS}: replaced the section "${section.split('\n', 1)[0]}" of BENCHMARKS.md`);
}

async function lighthouseOnly(url: string) {
  const result = await lighthouse(url, true);
  logLighthouse(result);
  saveAlone({ lighthouse: result }, lighthouseSection(result));
}

async function bundleOnly(url: string, outDir: string) {
  const browser = await launchChromium();
  let result: BundleResult;
  try {
    result = await measureBundle(browser, url, { distDir: outDir, root, alone: true });
  } finally {
    await browser.close();
  }
  logBundle(result);
  saveAlone({ bundle: result }, bundleSection(result));
}

/** Highlight lag in Chromium, then in the other engines, in one run. */
async function enginesOnly(url: string) {
  const browser = await launchChromium();
  const lesson = readLesson(root);
  const lag = [];
  let version: string;
  try {
    version = browser.version();
    const lessonPage = await openLessonWithPeers(browser, url, lesson);
    for (const rate of [1, 2]) {
      log(`highlight lag in Chromium at ${rate}×`);
      lag.push(await measureLag(lessonPage.cross, lesson, rate));
    }
    await lessonPage.close();
  } finally {
    await browser.close();
  }
  const engines: EnginesResult = {
    chromium: { version: `Chromium ${version}`, lag },
    engines: await measureEngineLag(url, lesson, log),
    date: new Date().toISOString(),
  };
  logEngines(engines);
  saveAlone({ engines }, engineLagSection(engines));
}

function logEngines({ chromium, engines }: EnginesResult) {
  for (const e of [{ engine: 'Chromium', ...chromium }, ...engines])
    log(
      'lag' in e
        ? `${e.version}: ours p95 ${e.lag.map((r) => `${r.summary.ours.p95.toFixed(1)} ms at ${r.rate}×`).join(', ')}`
        : `${e.engine}: not measured (${e.error})`,
    );
}

/** Section 3: the long-lesson measures, then the highlight lag with 10,000 passages. */
async function longLessons(browser: Browser, url: string, lesson: Lesson): Promise<LargeResult> {
  log('long lessons: 20, 1,000 and 10,000 passages side by side');
  const date = new Date().toISOString();
  const loadBefore = loadNow();
  const large = await measureLargeLesson(browser, url, lesson, log);
  const synthetic = lessonSpecs(lesson).at(-1)!;
  const page = await openLessonWithPeers(browser, url, synthetic.lesson, synthetic.body);
  const first = {
    ...synthetic.lesson,
    passages: synthetic.lesson.passages.slice(0, LONG_LAG_CROSSINGS),
  };
  const lag = [];
  for (const rate of [1, 2]) {
    log(`highlight lag with 10,000 passages at ${rate}×: ${LONG_LAG_CROSSINGS} boundaries`);
    lag.push(await measureLag(page.cross, first, rate));
  }
  await page.close();
  return { ...large, lag, date, loadBefore };
}

async function largeOnly(url: string) {
  await waitForQuiet(5 * 60_000, log);
  const browser = await launchChromium();
  let large: LargeResult;
  try {
    large = await longLessons(browser, url, readLesson(root));
  } finally {
    await browser.close();
  }
  saveAlone({ large }, largeSection(large));
}

/** Section 7: a 70-minute lecture through "Add a lesson". */
async function makerOnly(url: string) {
  await waitForQuiet(5 * 60_000, log);
  const browser = await launchChromium();
  let maker: MakerResult;
  try {
    maker = await measureMaker(browser, url, readLesson(root), log);
  } finally {
    await browser.close();
  }
  log(
    `Add a lesson, 70-minute lecture: files → preview ${maker.chromium.preview.p50.toFixed(0)} ms, Create lesson → transcript ${maker.chromium.create.p50.toFixed(0)} ms (p50)`,
  );
  for (const [name, lag] of [
    ['Lesson 12', maker.lag?.bundled ?? []],
    ['the added lecture', maker.lag?.lecture ?? []],
  ] as const)
    for (const r of lag)
      log(
        `highlight lag p95 at ${r.rate}×, ${name}: ${r.summary.ours.p95.toFixed(1)} ms of media over ${r.samples.length} boundaries`,
      );
  // Kept apart too: with no earlier results.json, saveAlone keeps only the section's text.
  writeFileSync(resolve(RESULTS, '../maker.json'), JSON.stringify(maker));
  saveAlone({ maker }, makerSection(maker));
}

async function everything(url: string, outDir: string) {
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
      lag.push(await measureLag(lessonPage.cross, lesson, rate));
    }
    log('seek response');
    const seek = await measureSeek(lessonPage.page, lesson);
    log('frame intervals');
    const frameStats = await frames(lessonPage.page);
    await lessonPage.close();
    const large = await longLessons(browser, url, lesson);
    log('bundle: initial JS, every chunk of the build, what the lesson page fetches');
    const bundle = await measureBundle(browser, url, { distDir: outDir, root, alone: false });
    log('highlight lag in Firefox ESR and WebKit');
    const engines: EnginesResult = {
      chromium: { version: `Chromium ${machine.chromium}`, lag },
      engines: await measureEngineLag(url, lesson, log),
      date: new Date().toISOString(),
    };
    machine.load.after = loadNow();
    results = {
      machine,
      frames: frameStats,
      lag,
      seek,
      large,
      bundle,
      engines,
    };
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
  const served = await serve(root, outDir, [servedLessonsPlugin(outDir)]);
  try {
    if (measure === 'lighthouse') await lighthouseOnly(served.url);
    else if (measure === 'bundle') await bundleOnly(served.url, outDir);
    else if (measure === 'engines') await enginesOnly(served.url);
    else if (measure === 'large') await largeOnly(served.url);
    else if (measure === 'maker') await makerOnly(served.url);
    else await everything(served.url, outDir);
  } finally {
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
