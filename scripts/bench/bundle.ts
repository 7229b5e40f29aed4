/**
 * The bundle budget's figures. From the build: the initial JS of the lesson page and the library
 * (scripts/bundle/bundle-size.ts, the same count `npm test` checks) and every chunk of the build.
 * In Chromium: the JS the lesson page actually fetched before any interaction, and what the first
 * approach to a key term then added, with each response's bytes on the wire.
 */
import type { Browser, Page, Request } from '@playwright/test';
import {
  allChunks,
  initialChunks,
  INITIAL_JS_BUDGET_KB,
  totalGzip,
  type Chunk,
} from '../bundle/bundle-size';
import { LESSON_ID } from './lesson-page';
import { describeApp, type Machine } from './machine';

export const BUNDLE_PAGES = [
  { name: 'Lesson page', path: `/lessons/${LESSON_ID}`, html: `lessons/${LESSON_ID}/index.html` },
  { name: 'Library', path: '/', html: 'index.html' },
] as const;
export const VIEWPORT = { width: 1440, height: 900 };
/** How long the page is left alone after network idle before its JS is counted. */
export const IDLE_MS = 2000;
/** How long after the popover shows its fetches are still counted as the hover's. */
export const HOVER_SETTLE_MS = 1000;

export interface InitialJs {
  name: string;
  path: string;
  /** The built HTML file the chunks were read from, relative to the build. */
  html: string;
  chunks: Chunk[];
  bytes: number;
  gzipBytes: number;
}

export interface FetchedScript {
  /** URL path, e.g. `/assets/index-abc.js`. */
  path: string;
  /** The response's `content-encoding`, or null when it came as is. */
  encoding: string | null;
  /** The response body as it came over the network (Playwright's responseBodySize). */
  wireBytes: number;
  /** The body once decoded: the file's size. */
  decodedBytes: number;
  /** Why the request failed, when it did (the sizes are then 0). */
  failed?: string;
}

export interface BundleResult {
  date: string;
  chromium: string;
  /** True when run alone (`--only bundle`) rather than with the other measures. */
  alone: boolean;
  app: Machine['app'];
  budgetKB: number;
  /** The lesson page first: the budget is its. */
  initial: InitialJs[];
  /** Every JS file of the build, largest (gzip) first. */
  chunks: Chunk[];
  fetched: {
    viewport: string;
    beforeInteraction: FetchedScript[];
    /** The key term hovered and what loaded until its popover showed, or why that failed. */
    firstHover: { term: string; scripts: FetchedScript[] } | { error: string };
  };
}

function initialJs(distDir: string): InitialJs[] {
  return BUNDLE_PAGES.map((page) => {
    const chunks = initialChunks(distDir, page.html);
    const bytes = chunks.reduce((sum, c) => sum + c.bytes, 0);
    return { ...page, chunks, bytes, gzipBytes: totalGzip(chunks) };
  });
}

const isScript = (request: Request) =>
  request.resourceType() === 'script' || /\.m?js$/.test(new URL(request.url()).pathname);

async function describeScript(request: Request): Promise<FetchedScript> {
  const response = await request.response();
  if (!response) throw new Error(`no response for ${request.url()}`);
  const [sizes, encoding, body] = await Promise.all([
    request.sizes(),
    response.headerValue('content-encoding'),
    response.body(),
  ]);
  return {
    path: new URL(request.url()).pathname,
    encoding,
    wireBytes: sizes.responseBodySize,
    decodedBytes: body.length,
  };
}

/**
 * Records the page's JS responses by phase: a request belongs to the phase in which it was sent.
 * `take(phase)` waits for that phase's responses to finish and returns them in request order.
 */
function recordScripts(page: Page) {
  let phase = 'load';
  const sent: { phase: string; script: Promise<FetchedScript> }[] = [];
  page.on('request', (request) => {
    if (!isScript(request)) return;
    const path = new URL(request.url()).pathname;
    const script = request
      .response()
      .then(async (response) => {
        const failure = response ? await response.finished() : request.failure();
        if (failure) throw failure instanceof Error ? failure : new Error(failure.errorText);
        return describeScript(request);
      })
      .catch((error: unknown) => ({
        path,
        encoding: null,
        wireBytes: 0,
        decodedBytes: 0,
        failed: error instanceof Error ? error.message : String(error),
      }));
    sent.push({ phase, script });
  });
  return {
    next: (name: string) => (phase = name),
    take: (name: string) => Promise.all(sent.filter((s) => s.phase === name).map((s) => s.script)),
  };
}

async function hoverFirstTerm(page: Page) {
  const mark = page.locator('[data-term]').filter({ visible: true }).first();
  const term = (await mark.getAttribute('data-term', { timeout: 10_000 })) ?? '?';
  await mark.hover();
  await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForTimeout(HOVER_SETTLE_MS);
  return term;
}

async function measureFetched(browser: Browser, url: string): Promise<BundleResult['fetched']> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const scripts = recordScripts(page);
    await page.goto(new URL(BUNDLE_PAGES[0].path, url).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(IDLE_MS);
    const beforeInteraction = await scripts.take('load');
    scripts.next('hover');
    let firstHover: BundleResult['fetched']['firstHover'];
    try {
      const term = await hoverFirstTerm(page);
      firstHover = { term, scripts: await scripts.take('hover') };
    } catch (error) {
      firstHover = {
        error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
      };
    }
    return { viewport: `${VIEWPORT.width}×${VIEWPORT.height}`, beforeInteraction, firstHover };
  } finally {
    await context.close();
  }
}

export async function measureBundle(
  browser: Browser,
  url: string,
  options: { distDir: string; root: string; alone: boolean },
): Promise<BundleResult> {
  return {
    date: new Date().toISOString(),
    chromium: browser.version(),
    alone: options.alone,
    app: describeApp(options.root),
    budgetKB: INITIAL_JS_BUDGET_KB,
    initial: initialJs(options.distDir),
    chunks: allChunks(options.distDir),
    fetched: await measureFetched(browser, url),
  };
}
