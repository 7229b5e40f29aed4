/**
 * What BENCHMARKS.md keeps of a Lighthouse report (LHR): the four category scores, five metrics,
 * the audits that cost points, and the JS/CSS it loaded; and which of repeated runs to keep. Pure,
 * so it is tested without a browser; lighthouse.ts does the running.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Our names for the metrics, and the ids of the Lighthouse audits that measure them. */
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndex: 'speed-index',
} as const;
export type Metric = keyof typeof METRICS;

/** The part of an LHR read here; Lighthouse's own `Result` type fits it. */
export interface Lhr {
  lighthouseVersion: string;
  finalDisplayedUrl: string;
  fetchTime: string;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }
  >;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      errorMessage?: string;
      details?: unknown;
    }
  >;
}

export interface FailingAudit {
  id: string;
  title: string;
  displayValue?: string;
  score: number;
  /** Its weight in the category score: 0 for diagnostics that cost no points themselves. */
  weight: number;
}

export interface ErroredAudit {
  id: string;
  category: Category;
  message: string;
}

export interface PageRun {
  url: string;
  fetchTime: string;
  /** Category scores as Lighthouse shows them, 0–100; null when the category could not score. */
  scores: Record<Category, number | null>;
  /** Milliseconds, except CLS (unitless); null when Lighthouse could not measure it. */
  metrics: Record<Metric, number | null>;
  /** For each category under 100, its audits that scored below 1. */
  failing: Partial<Record<Category, FailingAudit[]>>;
  /** Audits Lighthouse could not run; they have no score, and weigh nothing in the category's. */
  errored: ErroredAudit[];
  warnings: string[];
  runtimeError?: string;
}

/** A response Lighthouse's `uses-text-compression` audit found served without compression. */
export interface Uncompressed {
  url: string;
  totalBytes: number;
  wastedBytes: number;
}

export interface TextAsset {
  url: string;
  type: 'script' | 'stylesheet';
  /** Bytes on the wire and decoded, as Lighthouse saw them. */
  transferSize: number;
  resourceSize: number;
}

/** Audits that carry a score; "manual", "informative" and "notApplicable" ones never do. */
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

/** Audits shown in the category's report; the "hidden" group is not shown and weighs nothing. */
function shownAudits(lhr: Lhr, category: Category) {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.group !== 'hidden')
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      return audit ? [{ ref, audit }] : [];
    });
}

function failingAudits(lhr: Lhr, category: Category): FailingAudit[] {
  return shownAudits(lhr, category).flatMap(({ ref, audit }) =>
    SCORED.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1
      ? [
          {
            id: audit.id,
            title: audit.title,
            ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
            score: audit.score,
            weight: ref.weight,
          },
        ]
      : [],
  );
}

function erroredAudits(lhr: Lhr): ErroredAudit[] {
  return CATEGORIES.flatMap((category) =>
    shownAudits(lhr, category).flatMap(({ audit }) =>
      audit.scoreDisplayMode === 'error'
        ? [{ id: audit.id, category, message: audit.errorMessage ?? 'no message' }]
        : [],
    ),
  );
}

export function summarizeRun(lhr: Lhr): PageRun {
  const score = (c: Category) => {
    const s = lhr.categories[c]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as PageRun['scores'];
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null]),
  ) as PageRun['metrics'];
  const failing: PageRun['failing'] = {};
  for (const c of CATEGORIES)
    if (lhr.categories[c] && scores[c] !== 100) failing[c] = failingAudits(lhr, c);
  return {
    url: lhr.finalDisplayedUrl,
    fetchTime: lhr.fetchTime,
    scores,
    metrics,
    failing,
    errored: erroredAudits(lhr),
    warnings: lhr.runWarnings,
    ...(lhr.runtimeError
      ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
      : {}),
  };
}

/**
 * The run with the median performance score (the lower middle one for an even count; the first
 * of equal scores). Runs without a score are passed over unless no run has one.
 */
export function medianRun<T>(runs: readonly T[], score: (run: T) => number | null): T {
  if (runs.length === 0) throw new Error('no Lighthouse runs to choose from');
  const scored = runs.filter((run) => score(run) !== null);
  const pool = scored.length ? scored : [...runs];
  const sorted = pool
    .map((run, order) => ({ run, order, value: score(run) ?? 0 }))
    .sort((a, b) => a.value - b.value || a.order - b.order);
  return sorted[Math.floor((sorted.length - 1) / 2)]!.run;
}

interface NetworkRequest {
  url?: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
  statusCode?: number;
}

/** The scripts and stylesheets the page loaded, from the `network-requests` audit's table. */
export function textAssets(lhr: Lhr): TextAsset[] {
  const details = lhr.audits['network-requests']?.details as
    { items?: NetworkRequest[] } | undefined;
  return (details?.items ?? []).flatMap((item) => {
    const type =
      item.resourceType === 'Script'
        ? 'script'
        : item.resourceType === 'Stylesheet'
          ? 'stylesheet'
          : null;
    if (!type || !item.url || item.statusCode !== 200) return [];
    return [
      {
        url: item.url,
        type,
        transferSize: item.transferSize ?? 0,
        resourceSize: item.resourceSize ?? 0,
      },
    ];
  });
}

/** What `uses-text-compression` found uncompressed (an empty list when it passed). */
export function uncompressed(lhr: Lhr): Uncompressed[] {
  const details = lhr.audits['uses-text-compression']?.details as
    { items?: Partial<Uncompressed>[] } | undefined;
  return (details?.items ?? []).flatMap((item) =>
    item.url
      ? [{ url: item.url, totalBytes: item.totalBytes ?? 0, wastedBytes: item.wastedBytes ?? 0 }]
      : [],
  );
}
