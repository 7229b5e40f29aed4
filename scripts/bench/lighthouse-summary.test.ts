import { medianRun, summarizeRun, textAssets, uncompressed, type Lhr } from './lighthouse-summary';

type Audit = Lhr['audits'][string];
const audit = (id: string, extra: Partial<Audit> = {}): Audit => ({
  id,
  title: `Title of ${id}`,
  score: 1,
  scoreDisplayMode: 'binary',
  ...extra,
});
const ref = (id: string, weight = 1, group?: string) => ({
  id,
  weight,
  ...(group ? { group } : {}),
});

function lhr(overrides: Partial<Lhr> = {}): Lhr {
  const audits = [
    audit('first-contentful-paint', {
      score: 0.9,
      scoreDisplayMode: 'numeric',
      numericValue: 1812.4,
      displayValue: '1.8 s',
    }),
    audit('largest-contentful-paint', {
      score: 1,
      scoreDisplayMode: 'numeric',
      numericValue: 2100,
    }),
    audit('total-blocking-time', { score: 1, scoreDisplayMode: 'numeric', numericValue: 0 }),
    audit('cumulative-layout-shift', {
      score: 1,
      scoreDisplayMode: 'numeric',
      numericValue: 0.004,
    }),
    audit('unused-javascript', {
      score: 0,
      scoreDisplayMode: 'metricSavings',
      displayValue: 'Potential savings of 88 KiB',
    }),
    audit('interactive', { score: 0.2, scoreDisplayMode: 'numeric' }),
    audit('layout-shifts', { score: null, scoreDisplayMode: 'error', errorMessage: 'trace broke' }),
    audit('color-contrast'),
    audit('robots-txt', { score: 0, displayValue: '22 errors found' }),
    audit('structured-data', { score: null, scoreDisplayMode: 'manual' }),
  ];
  return {
    lighthouseVersion: '12.2.3',
    finalDisplayedUrl: 'http://127.0.0.1:4173/',
    fetchTime: '2026-12-01T00:00:00.000Z',
    runWarnings: [],
    categories: {
      performance: {
        score: 0.934,
        auditRefs: [
          ref('first-contentful-paint', 10, 'metrics'),
          ref('largest-contentful-paint', 25, 'metrics'),
          ref('total-blocking-time', 30, 'metrics'),
          ref('cumulative-layout-shift', 25, 'metrics'),
          ref('unused-javascript', 0, 'diagnostics'),
          ref('interactive', 0, 'hidden'),
          ref('layout-shifts', 0, 'diagnostics'),
        ],
      },
      accessibility: { score: 1, auditRefs: [ref('color-contrast', 7)] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.915, auditRefs: [ref('robots-txt'), ref('structured-data', 0)] },
    },
    audits: Object.fromEntries(audits.map((a) => [a.id, a])),
    ...overrides,
  };
}

describe('summarizeRun', () => {
  const run = summarizeRun(lhr());

  it('gives category scores as Lighthouse shows them, 0–100', () => {
    expect(run.scores).toEqual({
      performance: 93,
      accessibility: 100,
      'best-practices': 100,
      seo: 92,
    });
  });

  it('reads the metrics, null for one the run did not measure', () => {
    expect(run.metrics).toEqual({ fcp: 1812.4, lcp: 2100, tbt: 0, cls: 0.004, speedIndex: null });
  });

  it('lists the shown audits below 1 for the categories under 100 only', () => {
    expect(Object.keys(run.failing)).toEqual(['performance', 'seo']);
    expect(run.failing.performance!.map((a) => a.id)).toEqual([
      'first-contentful-paint',
      'unused-javascript',
    ]);
    expect(run.failing.seo).toEqual([
      {
        id: 'robots-txt',
        title: 'Title of robots-txt',
        displayValue: '22 errors found',
        score: 0,
        weight: 1,
      },
    ]);
  });

  it('keeps audits that errored apart, with their message', () => {
    expect(run.errored).toEqual([
      { id: 'layout-shifts', category: 'performance', message: 'trace broke' },
    ]);
  });

  it('records a run that failed as a whole', () => {
    const failed = summarizeRun(
      lhr({
        runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
        categories: { ...lhr().categories, performance: { score: null, auditRefs: [] } },
      }),
    );
    expect(failed.scores.performance).toBeNull();
    expect(failed.runtimeError).toBe('NO_FCP: The page did not paint any content.');
  });
});

describe('medianRun', () => {
  const runs = (...scores: (number | null)[]) => scores.map((score, i) => ({ i, score }));
  const pick = (list: { i: number; score: number | null }[]) => medianRun(list, (r) => r.score).i;

  it('keeps the run with the middle performance score, whatever the order', () => {
    expect(pick(runs(57, 56, 39))).toBe(1);
    expect(pick(runs(90, 94, 92))).toBe(2);
  });

  it('takes the first of equal scores, and the lower middle of an even count', () => {
    expect(pick(runs(80, 80, 80))).toBe(1);
    expect(pick(runs(70, 90, 60, 80))).toBe(0);
  });

  it('passes over runs without a score unless none has one', () => {
    expect(pick(runs(null, 88, 90))).toBe(1);
    expect(pick(runs(null, null))).toBe(0);
  });

  it('refuses to choose from nothing', () => {
    expect(() => medianRun([], () => 1)).toThrow(/no Lighthouse runs/);
  });
});

describe('textAssets and uncompressed', () => {
  const requests = audit('network-requests', {
    details: {
      items: [
        { url: 'http://h/', resourceType: 'Document', statusCode: 200 },
        {
          url: 'http://h/assets/a.js',
          resourceType: 'Script',
          statusCode: 200,
          transferSize: 900,
          resourceSize: 3000,
        },
        {
          url: 'http://h/assets/a.css',
          resourceType: 'Stylesheet',
          statusCode: 200,
          transferSize: 400,
          resourceSize: 1200,
        },
        { url: 'http://h/assets/gone.js', resourceType: 'Script', statusCode: 404 },
      ],
    },
  });
  const compression = audit('uses-text-compression', {
    score: 0.5,
    details: { items: [{ url: 'http://h/data/x.json', totalBytes: 28846, wastedBytes: 19800 }] },
  });
  const withDetails = lhr({
    audits: { ...lhr().audits, 'network-requests': requests, 'uses-text-compression': compression },
  });

  it('takes the scripts and stylesheets that loaded from the network requests', () => {
    expect(textAssets(withDetails)).toEqual([
      { url: 'http://h/assets/a.js', type: 'script', transferSize: 900, resourceSize: 3000 },
      { url: 'http://h/assets/a.css', type: 'stylesheet', transferSize: 400, resourceSize: 1200 },
    ]);
  });

  it('lists what uses-text-compression found uncompressed', () => {
    expect(uncompressed(withDetails)).toEqual([
      { url: 'http://h/data/x.json', totalBytes: 28846, wastedBytes: 19800 },
    ]);
  });

  it('is empty when the audits are missing', () => {
    expect(textAssets(lhr())).toEqual([]);
    expect(uncompressed(lhr())).toEqual([]);
  });
});
