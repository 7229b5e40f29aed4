import type { CompressionCheck, LighthousePage, LighthouseResult } from './lighthouse';
import { lighthouseSection } from './report-lighthouse';

function page(overrides: Partial<LighthousePage> = {}): LighthousePage {
  return {
    path: '/',
    name: 'Library',
    file: 'library',
    url: 'http://127.0.0.1:4173/',
    fetchTime: '2026-12-01T00:00:00.000Z',
    scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { fcp: 1234.4, lcp: 1800, tbt: 20, cls: 0.0012, speedIndex: 1500 },
    failing: {},
    errored: [],
    warnings: [],
    performanceRuns: [96, 97, 99],
    ...overrides,
  };
}

const js = (overrides: Partial<CompressionCheck> = {}): CompressionCheck => ({
  url: 'http://127.0.0.1:4173/assets/index.js',
  type: 'script',
  transferSize: 120_000,
  resourceSize: 400_000,
  encoding: 'gzip',
  ...overrides,
});

function result(
  pages: LighthousePage[],
  overrides: Partial<LighthouseResult> = {},
): LighthouseResult {
  return {
    version: '12.2.3',
    chromium: '156.0.8078.108',
    date: '2026-12-01T00:00:00.000Z',
    alone: true,
    app: { commit: 'abc1234', changedFiles: 0 },
    load: { before: 0.5, after: 1.2 },
    settings: {
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      rttMs: 150,
      throughputKbps: 1638.4,
      cpuSlowdownMultiplier: 4,
      screen: '412×823 at 1.75×',
      benchmarkIndex: 1500.4,
    },
    runsPerPage: 3,
    pages,
    compression: [js()],
    uncompressed: [],
    ...overrides,
  };
}

describe('lighthouseSection', () => {
  it('states the version, the throttling and the runs behind the figures', () => {
    const text = lighthouseSection(result([page()]));
    expect(text).toMatch(/^## 4\. Lighthouse\n/);
    expect(text).toContain('Lighthouse 12.2.3');
    expect(text).toContain('mobile form factor');
    expect(text).toContain('throttling simulated (150 ms round trip, 1.6 Mbit/s, CPU 4× slower)');
    expect(text).toContain('audited 3 times');
    expect(text).toContain('separately from the figures above, at commit abc1234.');
  });

  it('puts scores against their targets and the metrics in one table per page', () => {
    const text = lighthouseSection(result([page()]));
    expect(text).toContain('### Library (`/`)');
    expect(text).toContain('| Performance | 97 (runs: 96, 97, 99) | ≥ 95 — met |');
    expect(text).toContain('| Accessibility | 100 | 100 — met |');
    expect(text).toContain('| SEO | 100 | ≥ 90 — met |');
    expect(text).toContain('| First Contentful Paint | 1,234 ms |   |');
    expect(text).toContain('| Cumulative Layout Shift | 0.001 |   |');
  });

  it('lists the failing audits under a missed target, and others only folded away', () => {
    const text = lighthouseSection(
      result([
        page({
          scores: { performance: 90, accessibility: 96, 'best-practices': 100, seo: 92 },
          failing: {
            performance: [
              {
                id: 'unused-javascript',
                title: 'Reduce unused JavaScript',
                displayValue: 'Potential savings of 88 KiB',
                score: 0,
                weight: 0,
              },
            ],
            accessibility: [{ id: 'color-contrast', title: 'Contrast', score: 0, weight: 7 }],
            seo: [{ id: 'robots-txt', title: 'robots.txt is not valid', score: 0, weight: 1 }],
          },
        }),
      ]),
    );
    expect(text).toContain('| Performance | 90 (runs: 96, 97, 99) | ≥ 95 — **MISSED** |');
    expect(text).toContain('| Accessibility | 96 | 100 — **MISSED** |');
    const [missed, folded] = text.split('<details>');
    expect(missed).toContain(
      '- `unused-javascript` Reduce unused JavaScript — Potential savings of 88 KiB (score 0.00, no weight: a diagnostic)',
    );
    expect(missed).toContain('- `color-contrast` Contrast (score 0.00, weight 7)');
    expect(missed).not.toContain('robots-txt');
    expect(folded).toContain('- `robots-txt` robots.txt is not valid (score 0.00, weight 1)');
  });

  it('groups audits that could not run by their error', () => {
    const text = lighthouseSection(
      result([
        page({
          errored: [
            { id: 'layout-shifts', category: 'performance', message: 'trace broke' },
            { id: 'lcp-lazy-loaded', category: 'performance', message: 'trace broke' },
          ],
        }),
      ]),
    );
    expect(text).toContain('could not run 2 audit(s)');
    expect(text).toContain('`layout-shifts`, `lcp-lazy-loaded`: “trace broke”');
  });

  it('says the build was served compressed, leaving out files under the threshold', () => {
    const small = js({
      url: 'http://127.0.0.1:4173/assets/runtime.js',
      resourceSize: 600,
      transferSize: 900,
      encoding: null,
    });
    const text = lighthouseSection(result([page()], { compression: [js(), small] }));
    expect(text).toContain(
      'The build was served compressed: 1 of the 2 JS and CSS responses came with `content-encoding: gzip`',
    );
    expect(text).toContain('the other one (/assets/runtime.js, 0.6 KiB) is under the 1 KiB');
    expect(text).not.toContain('Not all');
  });

  it('flags JS or CSS served uncompressed, and other text Lighthouse found so', () => {
    const text = lighthouseSection(
      result([page()], {
        compression: [js({ encoding: null })],
        uncompressed: [
          {
            url: 'http://127.0.0.1:4173/data/lessons/x.json',
            totalBytes: 28846,
            wastedBytes: 19800,
          },
        ],
      }),
    );
    expect(text).toContain('**Not all JS and CSS was served compressed**: 1 of 1 responses');
    expect(text).toContain('/assets/index.js, 390.6 KiB');
    expect(text).toContain('/data/lessons/x.json (28.2 KiB, 19.3 KiB to save)');
  });
});
