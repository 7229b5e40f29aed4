/**
 * Lighthouse on the served production build. Its default config: mobile form factor and
 * simulated throttling, so the figures are comparable with PageSpeed Insights' mobile ones. Each
 * page is audited three times, each time in a Chromium of its own (Debian's, launched by
 * chrome-launcher, a fresh profile) as Lighthouse CI does, and the run with the median
 * performance score is kept: Lighthouse's advice for its run-to-run variance
 * (docs/variability.md in its repository).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { generateReport, type Result } from 'lighthouse';
import { describeApp, loadNow, type Machine } from './machine';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import {
  medianRun,
  summarizeRun,
  textAssets,
  uncompressed,
  type PageRun,
  type TextAsset,
  type Uncompressed,
} from './lighthouse-summary';

export const LIGHTHOUSE_PAGES = [
  { path: '/lessons/digital-china-12', name: 'Lesson page', file: 'lesson' },
  { path: '/', name: 'Library', file: 'library' },
] as const;
const RUNS = 3;

const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];

export interface LighthousePage extends PageRun {
  path: string;
  name: string;
  /** The name of its Lighthouse report files, `<file>.report.html` and `.json`. */
  file: string;
  /** The performance score of every run, in the order they ran. */
  performanceRuns: (number | null)[];
}

export interface CompressionCheck extends TextAsset {
  /** `content-encoding` of a fresh request sent with `accept-encoding: gzip, br`. */
  encoding: string | null;
}

export interface LighthouseResult {
  version: string;
  chromium: string;
  date: string;
  /** True when run alone (`--only lighthouse`) rather than after the other measures. */
  alone: boolean;
  app: Machine['app'];
  load: Machine['load'];
  settings: {
    formFactor: string;
    throttlingMethod: string;
    rttMs: number;
    throughputKbps: number;
    cpuSlowdownMultiplier: number;
    screen: string;
    /** Lighthouse's measure of the host CPU's speed (higher is faster). */
    benchmarkIndex: number;
  };
  runsPerPage: number;
  pages: LighthousePage[];
  compression: CompressionCheck[];
  /** Any response Lighthouse found served uncompressed, of whatever type. */
  uncompressed: Uncompressed[];
}

async function auditOnce(url: string): Promise<Result> {
  // Without a userDataDir, chrome-launcher gives each launch a fresh profile in the temp folder
  // and deletes it when the browser is killed.
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** The response's `content-encoding` when asked for gzip or brotli, reading and dropping its body. */
function contentEncoding(url: string): Promise<string | null> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
      res.resume();
      res.on('end', () => done(res.headers['content-encoding'] ?? null));
    });
    req.on('error', fail);
    req.end();
  });
}

async function checkCompression(lhrs: Result[]): Promise<CompressionCheck[]> {
  const checks: CompressionCheck[] = [];
  for (const asset of byUrl(lhrs.flatMap(textAssets)))
    checks.push({ ...asset, encoding: await contentEncoding(asset.url) });
  return checks;
}

/** The full version: the user agent Chromium reports has only the major one (156.0.0.0). */
function chromiumVersion() {
  const text = execFileSync(CHROMIUM_PATH, ['--version'], {
    encoding: 'utf8',
    // Debian's wrapper script prints a shell warning of its own on stderr.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return /[\d.]{5,}/.exec(text)?.[0] ?? text.trim();
}

const byUrl = <T extends { url: string }>(items: T[]) => [
  ...new Map(items.map((item) => [item.url, item])).values(),
];

/** Lighthouse's own reports of the kept runs, to open in a browser for the details. */
function saveReports(dir: string, kept: { file: string; lhr: Result }[]) {
  mkdirSync(dir, { recursive: true });
  for (const { file, lhr } of kept) {
    writeFileSync(join(dir, `${file}.report.html`), generateReport(lhr, 'html'));
    writeFileSync(join(dir, `${file}.report.json`), JSON.stringify(lhr));
  }
}

export async function measureLighthouse(
  base: string,
  root: string,
  options: { alone: boolean; reportDir: string; log: (line: string) => void },
): Promise<LighthouseResult> {
  const loadBefore = loadNow();
  const kept: { file: string; lhr: Result }[] = [];
  const pages: LighthousePage[] = [];
  for (const page of LIGHTHOUSE_PAGES) {
    const runs: { lhr: Result; run: PageRun }[] = [];
    for (let i = 1; i <= RUNS; i++) {
      const lhr = await auditOnce(new URL(page.path, base).href);
      runs.push({ lhr, run: summarizeRun(lhr) });
      const s = runs.at(-1)!.run.scores;
      options.log(
        `Lighthouse ${page.path} run ${i}/${RUNS}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}`,
      );
    }
    const median = medianRun(runs, (r) => r.run.scores.performance);
    kept.push({ file: page.file, lhr: median.lhr });
    pages.push({
      ...median.run,
      ...page,
      performanceRuns: runs.map((r) => r.run.scores.performance),
    });
  }
  saveReports(options.reportDir, kept);
  options.log(`Lighthouse reports of the kept runs in ${options.reportDir}`);
  const lhrs = kept.map((k) => k.lhr);
  const first = lhrs[0]!;
  const { throttling, screenEmulation: screen } = first.configSettings;
  return {
    version: first.lighthouseVersion,
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
    alone: options.alone,
    app: describeApp(root),
    load: { before: loadBefore, after: loadNow() },
    settings: {
      formFactor: first.configSettings.formFactor,
      throttlingMethod: first.configSettings.throttlingMethod,
      rttMs: throttling.rttMs ?? Number.NaN,
      throughputKbps: throttling.throughputKbps ?? Number.NaN,
      cpuSlowdownMultiplier: throttling.cpuSlowdownMultiplier ?? Number.NaN,
      screen: `${screen.width}×${screen.height} at ${screen.deviceScaleFactor}×`,
      benchmarkIndex: first.environment.benchmarkIndex,
    },
    runsPerPage: RUNS,
    pages,
    compression: await checkCompression(lhrs),
    uncompressed: byUrl(lhrs.flatMap(uncompressed)),
  };
}
