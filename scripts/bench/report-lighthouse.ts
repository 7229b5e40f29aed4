/**
 * The BENCHMARKS.md section for Lighthouse: per page its scores against the targets and its
 * metrics, the audits that cost points under a missed target, and whether the build was served
 * compressed.
 */
import type { CompressionCheck, LighthousePage, LighthouseResult } from './lighthouse';
import type { Category, FailingAudit, Metric, Uncompressed } from './lighthouse-summary';
import { table, verdict } from './markdown';

export const CATEGORY_NAMES: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** The targets: the lowest score that meets each. */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 90,
};

const METRIC_NAMES: [Metric, string][] = [
  ['fcp', 'First Contentful Paint'],
  ['lcp', 'Largest Contentful Paint'],
  ['tbt', 'Total Blocking Time'],
  ['cls', 'Cumulative Layout Shift'],
  ['speedIndex', 'Speed Index'],
];

const CATEGORIES = Object.keys(TARGETS) as Category[];
const score = (value: number | null) => (value === null ? '–' : String(value));
const met = (page: LighthousePage, c: Category) =>
  page.scores[c] !== null && page.scores[c] >= TARGETS[c];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const path = (url: string) => new URL(url).pathname;
/** vite preview's compression middleware (@polka/compression) leaves smaller responses alone. */
const THRESHOLD = 1024;

function metric(page: LighthousePage, name: Metric) {
  const value = page.metrics[name];
  if (value === null) return '–';
  return name === 'cls' ? value.toFixed(3) : `${Math.round(value).toLocaleString('en')} ms`;
}

function pageTable(page: LighthousePage) {
  const rows = CATEGORIES.map((c) => {
    const target = TARGETS[c] === 100 ? '100' : `≥ ${TARGETS[c]}`;
    const runs =
      c === 'performance' && page.performanceRuns.length > 1
        ? ` (runs: ${page.performanceRuns.map(score).join(', ')})`
        : '';
    return [
      CATEGORY_NAMES[c],
      `${score(page.scores[c])}${runs}`,
      `${target} — ${verdict(met(page, c))}`,
    ];
  });
  const metrics = METRIC_NAMES.map(([name, label]) => [label, metric(page, name), '']);
  return table(['Measure', 'Kept run', 'Target'], [...rows, ...metrics], ['left', 'right', 'left']);
}

const auditLine = (a: FailingAudit) => {
  const value = a.displayValue ? ` — ${a.displayValue}` : '';
  const weight = a.weight ? `weight ${a.weight}` : 'no weight: a diagnostic';
  return `  - \`${a.id}\` ${a.title}${value} (score ${a.score.toFixed(2)}, ${weight})`;
};

/** Audits that could not run, grouped by their error, which is usually one cause for several. */
function erroredNote(page: LighthousePage) {
  if (!page.errored.length) return [];
  const byMessage = new Map<string, string[]>();
  for (const a of page.errored)
    byMessage.set(a.message, [...(byMessage.get(a.message) ?? []), a.id]);
  const groups = [...byMessage].map(
    ([message, ids]) => `${ids.map((id) => `\`${id}\``).join(', ')}: “${message}”`,
  );
  return [
    `Lighthouse could not run ${page.errored.length} audit(s), which then have no score and weigh nothing in their category's: ${groups.join('; ')}.`,
  ];
}

function auditList(page: LighthousePage, c: Category) {
  const audits = page.failing[c] ?? [];
  const heading = `- **${CATEGORY_NAMES[c]} ${score(page.scores[c])}**`;
  if (!audits.length) return `${heading}: no single audit scored below 1.`;
  return [`${heading}, audits below 1:`, ...audits.map(auditLine)].join('\n');
}

function pageNotes(page: LighthousePage) {
  const missed = CATEGORIES.filter((c) => !met(page, c));
  const belowFull = CATEGORIES.filter((c) => met(page, c) && page.scores[c] !== 100);
  const parts: string[] = [];
  if (page.runtimeError) parts.push(`Lighthouse could not audit the page: ${page.runtimeError}`);
  if (missed.length)
    parts.push(
      [
        'Missed targets, with the audits that cost points:',
        '',
        ...missed.map((c) => auditList(page, c)),
      ].join('\n'),
    );
  if (belowFull.length)
    parts.push(
      [
        '<details><summary>Audits below 1 where the target was met</summary>',
        '',
        ...belowFull.map((c) => auditList(page, c)),
        '',
        '</details>',
      ].join('\n'),
    );
  parts.push(...erroredNote(page));
  if (page.warnings.length)
    parts.push(`Lighthouse warned: ${page.warnings.map((w) => `“${w}”`).join('; ')}`);
  return parts;
}

function otherUncompressed(items: Uncompressed[]) {
  if (!items.length) return [];
  const list = items
    .map((u) => `${path(u.url)} (${kib(u.totalBytes)}, ${kib(u.wastedBytes)} to save)`)
    .join(', ');
  return [
    `Lighthouse's \`uses-text-compression\` audit found other text served uncompressed: ${list}.`,
  ];
}

const listed = (list: CompressionCheck[]) =>
  list.map((c) => `${path(c.url)}, ${kib(c.resourceSize)}`).join('; ');

function compressedHead(checks: CompressionCheck[]) {
  const compressed = checks.filter((c) => c.encoding);
  const small = checks.filter((c) => !c.encoding && c.resourceSize < THRESHOLD);
  const missing = checks.filter((c) => !c.encoding && c.resourceSize >= THRESHOLD);
  if (missing.length)
    return `**Not all JS and CSS was served compressed**: ${missing.length} of ${checks.length} responses of 1 KiB or more came without \`content-encoding\` (${listed(missing)}).`;
  const encodings = [...new Set(compressed.map((c) => c.encoding))].join(', ');
  const count = small.length
    ? `${compressed.length} of the ${checks.length}`
    : `all ${checks.length}`;
  const others =
    small.length === 0
      ? ''
      : small.length === 1
        ? `; the other one (${listed(small)}) is under the 1 KiB below which it does not compress`
        : `; the other ${small.length} (${listed(small)}) are under the 1 KiB below which it does not compress`;
  return `The build was served compressed: ${count} JS and CSS responses came with \`content-encoding: ${encodings}\` when fetched again with \`accept-encoding: gzip, br\` (vite preview offers gzip only)${others}.`;
}

function compressionNote(checks: CompressionCheck[], uncompressed: Uncompressed[]) {
  if (!checks.length)
    return 'Lighthouse recorded no JS or CSS responses, so compression was not checked.';
  const wire = checks.reduce((sum, c) => sum + c.transferSize, 0);
  const code = checks.reduce((sum, c) => sum + c.resourceSize, 0);
  return [
    `${compressedHead(checks)} Lighthouse saw ${kib(wire)} on the wire for ${kib(code)} of JS and CSS.`,
    ...otherUncompressed(uncompressed),
  ].join(' ');
}

export function lighthouseSection(lh: LighthouseResult) {
  const s = lh.settings;
  const when = lh.alone
    ? `Measured on ${lh.date} by \`npm run bench -- --only lighthouse\`, separately from the figures above, at commit ${lh.app.commit}${lh.app.changedFiles ? ` plus uncommitted changes in ${lh.app.changedFiles} tracked file(s)` : ''}.`
    : `Measured on ${lh.date}, after the figures above, in the same run.`;
  return [
    '## 4. Lighthouse',
    '',
    `Lighthouse ${lh.version} (the npm package, run from Node) with its default config: ${s.formFactor} form factor (screen ${s.screen}), throttling ${s.throttlingMethod === 'simulate' ? 'simulated' : s.throttlingMethod} (${s.rttMs} ms round trip, ${(s.throughputKbps / 1024).toFixed(1)} Mbit/s, CPU ${s.cpuSlowdownMultiplier}× slower), the settings of PageSpeed Insights' mobile lab test. It audited the production build served by \`vite preview\`, in Debian's Chromium ${lh.chromium} (headless, \`--disable-gpu\`, a fresh profile per run, launched by chrome-launcher). Each page was audited ${lh.runsPerPage} times and the run with the median performance score is the one shown, as Lighthouse advises for its run-to-run variance. ${when} The 1-minute load average was ${lh.load.before} before and ${lh.load.after} after; Lighthouse rated this machine's CPU at benchmarkIndex ${Math.round(s.benchmarkIndex)}. Simulated throttling scales the CPU time it observes, so a busy machine still lowers the performance score.`,
    '',
    ...lh.pages.flatMap((page) => {
      const notes = pageNotes(page);
      return [
        `### ${page.name} (\`${page.path}\`)`,
        '',
        pageTable(page),
        '',
        ...notes.flatMap((n) => [n, '']),
      ];
    }),
    '### Compression',
    '',
    compressionNote(lh.compression, lh.uncompressed),
    '',
    `Lighthouse's own reports of the kept runs are left in node_modules/.cache/tandem-bench/lighthouse/ (${lh.pages.map((p) => `\`${p.file}.report.html\``).join(', ')}, and the same as JSON).`,
  ].join('\n');
}
