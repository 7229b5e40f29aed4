import type { Chunk } from '../bundle/bundle-size';
import type { BundleResult, FetchedScript } from './bundle';
import { replaceSection } from './markdown';
import { bundleSection, lazyChunks } from './report-bundle';

const chunk = (file: string, bytes: number, gzipBytes: number): Chunk => ({
  file,
  bytes,
  gzipBytes,
});
const index = chunk('/assets/index-a.js', 337_480, 105_650);
const runtime = chunk('/assets/runtime-b.js', 600, 370);
const player = chunk('/assets/create-player-c.js', 271_210, 78_290);
const popover = chunk('/assets/term-popover-d.js', 54_120, 18_990);
const pinyin = chunk('/assets/pinyin-e.js', 287_350, 141_500);

const fetched = (c: Chunk, overrides: Partial<FetchedScript> = {}): FetchedScript => ({
  path: c.file,
  encoding: 'gzip',
  wireBytes: c.gzipBytes + 90,
  decodedBytes: c.bytes,
  ...overrides,
});

function result(overrides: Partial<BundleResult> = {}): BundleResult {
  const initial = [index, runtime];
  const page = (name: string, path: string, html: string) => ({
    name,
    path,
    html,
    chunks: initial,
    bytes: 338_080,
    gzipBytes: 106_020,
  });
  return {
    date: '2026-12-01T00:00:00.000Z',
    chromium: '156.0.8078.114',
    alone: true,
    app: { commit: 'abc1234', changedFiles: 0 },
    budgetKB: 170,
    initial: [
      page('Lesson page', '/lessons/digital-china-12', 'lessons/digital-china-12/index.html'),
      page('Library', '/', 'index.html'),
    ],
    chunks: [pinyin, index, player, popover, runtime],
    fetched: {
      viewport: '1440×900',
      beforeInteraction: [fetched(index), fetched(runtime, { encoding: null, wireBytes: 600 })],
      firstHover: { term: 'digital-silk-road', scripts: [fetched(popover)] },
    },
    ...overrides,
  };
}

describe('bundleSection', () => {
  it('puts the lesson page initial JS against the budget and says what initial means', () => {
    const text = bundleSection(result());
    expect(text).toMatch(/^## 5\. Bundle\n/);
    expect(text).toContain("The lesson page's initial JS is **106.02 kB** gzip in 2 files, within");
    expect(text).toContain('chunks reached through `import()` are not in it');
    expect(text).toContain('`npm test` (scripts/bundle/check-bundle.ts)');
    expect(text).toContain(
      '| Lesson page (`/lessons/digital-china-12`) | 2 | 338.08 | 106.02 | ≤ 170 kB — met |',
    );
    expect(text).toContain('| Library (`/`) | 2 | 338.08 | 106.02 | none set |');
    expect(text).toContain('by `npm run bench -- --only bundle`, separately from the figures');
  });

  it('flags a lesson page over the budget', () => {
    const base = result();
    const lesson = { ...base.initial[0]!, gzipBytes: 170_001 };
    const text = bundleSection({ ...base, initial: [lesson, base.initial[1]!] });
    expect(text).toContain('**170.00 kB** gzip in 2 files, **over** the budget of 170 kB');
    expect(text).toContain('| 170.00 | ≤ 170 kB — **MISSED** |');
  });

  it('lists the initial chunks once, with the pages that load them', () => {
    const text = bundleSection(result());
    expect(text).toContain('| `/assets/index-a.js` | 337.48 | 105.65 | Lesson page, Library |');
    expect(text.match(/\| `\/assets\/index-a\.js` \| 337\.48/g)).toHaveLength(1);
  });

  it('lists the lazy chunks largest first, with when the lesson page fetched each', () => {
    expect(lazyChunks(result()).map((c) => c.file)).toEqual([
      pinyin.file,
      player.file,
      popover.file,
    ]);
    const text = bundleSection(result());
    expect(text).toContain('| `/assets/pinyin-e.js` | 287.35 | 141.50 | not fetched |');
    expect(text).toContain('| `/assets/term-popover-d.js` | 54.12 | 18.99 | on the first hover |');
    expect(text).toContain('| **3 files in all** | 612.68 | 238.78 |   |');
  });

  it('tables the JS fetched before any interaction with its encoding and wire bytes', () => {
    const text = bundleSection(result());
    expect(text).toContain('JS fetched by the lesson page before any interaction: **106.34 kB**');
    expect(text).toContain('| `/assets/index-a.js` | initial | gzip | 105.74 | 337.48 |');
    expect(text).toContain('| `/assets/runtime-b.js` | initial | none | 0.60 | 0.60 |');
    expect(text).toContain('| **2 responses** |   |   | 106.34 | 338.08 |');
    expect(text).toContain('The video.js adapter (`/assets/create-player-c.js`) is not among them');
  });

  it('says so when the video.js adapter came before any interaction', () => {
    const base = result();
    const text = bundleSection({
      ...base,
      fetched: { ...base.fetched, beforeInteraction: [fetched(index), fetched(player)] },
    });
    expect(text).toContain('| `/assets/create-player-c.js` | lazy | gzip | 78.38 | 271.21 |');
    expect(text).toContain(
      '| `/assets/create-player-c.js` | 271.21 | 78.29 | before any interaction |',
    );
    expect(text).toContain('(`/assets/create-player-c.js`) is among them.');
  });

  it('tables what the first term hover fetched, or says it fetched nothing', () => {
    const text = bundleSection(result());
    expect(text).toContain('(`[data-term="digital-silk-road"]`)');
    expect(text).toContain('JS fetched on that first approach: **19.08 kB** on the wire.');
    expect(text).toContain('| `/assets/term-popover-d.js` | lazy | gzip | 19.08 | 54.12 |');

    const base = result();
    const none = bundleSection({
      ...base,
      fetched: { ...base.fetched, firstHover: { term: 'x', scripts: [] } },
    });
    expect(none).toContain('and 1 s more: that fetched no JS.');
  });

  it('reports a hover that could not be measured and a request that failed', () => {
    const base = result();
    const text = bundleSection({
      ...base,
      fetched: {
        ...base.fetched,
        beforeInteraction: [
          fetched(index),
          fetched(chunk('/elsewhere.js', 0, 0), { failed: 'net::ERR_FAILED' }),
        ],
        firstHover: { error: 'locator.hover: Timeout 10000ms exceeded.' },
      },
    });
    expect(text).toContain('| `/elsewhere.js` | not in the build | failed: net::ERR_FAILED |');
    expect(text).toContain(
      'The first term hover could not be measured: locator.hover: Timeout 10000ms exceeded.',
    );
  });

  it('replaces its own section of an existing BENCHMARKS.md and nothing else', () => {
    const existing = '# Benchmarks\n\n## 4. Lighthouse\n\nscores\n\n## 5. Bundle\n\nold figures\n';
    const text = replaceSection(existing, bundleSection(result()));
    expect(text).toContain('## 4. Lighthouse\n\nscores\n\n## 5. Bundle\n');
    expect(text).not.toContain('old figures');
    expect(text.match(/## 5\. Bundle/g)).toHaveLength(1);
  });
});
