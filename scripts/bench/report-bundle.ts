/**
 * The BENCHMARKS.md section for the bundle: the lesson page's initial JS against its budget, the
 * initial and the lazy chunks of the build, and the JS Chromium fetched for the lesson page
 * before any interaction and on the first approach to a key term.
 */
import type { Chunk } from '../bundle/bundle-size';
import type { BundleResult, FetchedScript } from './bundle';
import { table, verdict } from './markdown';

/** kB of 1000 bytes with two decimals, as `vite build` and `npm test` print them. */
const kB = (bytes: number) => (bytes / 1000).toFixed(2);
const code = (text: string) => `\`${text}\``;
const sum = (items: readonly { wireBytes: number }[]) =>
  items.reduce((total, s) => total + s.wireBytes, 0);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const withinBudget = (b: BundleResult) => b.initial[0]!.gzipBytes <= b.budgetKB * 1000;

/** Chunks the HTML of none of the measured pages loads: what `import()` brings in later. */
export function lazyChunks(b: BundleResult): Chunk[] {
  const initial = new Set(b.initial.flatMap((page) => page.chunks.map((c) => c.file)));
  return b.chunks.filter((c) => !initial.has(c.file));
}

/** When Chromium fetched a chunk of the build for the lesson page, if it did. */
function fetchedWhen(b: BundleResult, file: string) {
  if (b.fetched.beforeInteraction.some((s) => s.path === file)) return 'before any interaction';
  const hover = b.fetched.firstHover;
  if ('scripts' in hover && hover.scripts.some((s) => s.path === file)) return 'on the first hover';
  return 'not fetched';
}

function budgetTable(b: BundleResult) {
  const rows = b.initial.map((page, i) => [
    `${page.name} (${code(page.path)})`,
    page.chunks.length,
    kB(page.bytes),
    kB(page.gzipBytes),
    i === 0 ? `≤ ${b.budgetKB} kB — ${verdict(withinBudget(b))}` : 'none set',
  ]);
  return table(['Page', 'Files', 'Raw (kB)', 'gzip (kB)', 'Budget (gzip)'], rows, [
    'left',
    'right',
    'right',
    'right',
    'left',
  ]);
}

function initialTable(b: BundleResult) {
  const files = [...new Set(b.initial.flatMap((page) => page.chunks.map((c) => c.file)))];
  const rows = files.map((file) => {
    const chunk = b.initial.flatMap((page) => page.chunks).find((c) => c.file === file)!;
    const pages = b.initial.filter((page) => page.chunks.some((c) => c.file === file));
    return [code(file), kB(chunk.bytes), kB(chunk.gzipBytes), pages.map((p) => p.name).join(', ')];
  });
  return table(['File', 'Raw (kB)', 'gzip (kB)', 'Initial for'], rows, [
    'left',
    'right',
    'right',
    'left',
  ]);
}

function lazyTable(b: BundleResult) {
  const lazy = lazyChunks(b);
  if (!lazy.length) return 'Every JS file of the build is initial: nothing is loaded lazily.';
  const rows = lazy.map((c) => [
    code(c.file),
    kB(c.bytes),
    kB(c.gzipBytes),
    fetchedWhen(b, c.file),
  ]);
  const raw = lazy.reduce((total, c) => total + c.bytes, 0);
  const gzip = lazy.reduce((total, c) => total + c.gzipBytes, 0);
  rows.push([`**${plural(lazy.length, 'file')} in all**`, kB(raw), kB(gzip), '']);
  return table(['File', 'Raw (kB)', 'gzip (kB)', 'Fetched by the lesson page'], rows, [
    'left',
    'right',
    'right',
    'left',
  ]);
}

function fetchedTable(b: BundleResult, scripts: readonly FetchedScript[]) {
  const initial = new Set(b.initial[0]!.chunks.map((c) => c.file));
  const built = new Set(b.chunks.map((c) => c.file));
  const kind = (path: string) =>
    initial.has(path) ? 'initial' : built.has(path) ? 'lazy' : 'not in the build';
  const rows = scripts.map((s) => [
    code(s.path),
    kind(s.path),
    s.failed ? `failed: ${s.failed}` : (s.encoding ?? 'none'),
    kB(s.wireBytes),
    kB(s.decodedBytes),
  ]);
  const decoded = scripts.reduce((total, s) => total + s.decodedBytes, 0);
  rows.push([`**${plural(scripts.length, 'response')}**`, '', '', kB(sum(scripts)), kB(decoded)]);
  return table(
    ['URL path', 'Chunk', '`content-encoding`', 'On the wire (kB)', 'Decoded (kB)'],
    rows,
    ['left', 'left', 'left', 'right', 'right'],
  );
}

function hoverPart(b: BundleResult) {
  const hover = b.fetched.firstHover;
  if ('error' in hover) return [`The first term hover could not be measured: ${hover.error}`];
  const what = `Then the pointer was moved onto the first visible key term (${code(`[data-term="${hover.term}"]`)}) and left there until its popover (\`role="dialog"\`) showed, and 1 s more`;
  if (!hover.scripts.length) return [`${what}: that fetched no JS.`];
  return [
    `${what}. JS fetched on that first approach: **${kB(sum(hover.scripts))} kB** on the wire.`,
    '',
    fetchedTable(b, hover.scripts),
  ];
}

/** Whether the video.js adapter's chunk came before any interaction, if the build has one. */
function playerNote(b: BundleResult) {
  const adapter = b.chunks.find((c) => /\/create-player-[^/]*\.js$/.test(c.file));
  if (!adapter) return '';
  const fetched = b.fetched.beforeInteraction.some((s) => s.path === adapter.file);
  return ` The video.js adapter (${code(adapter.file)}) ${fetched ? 'is among them' : 'is not among them: no video.js code was fetched before an interaction'}.`;
}

function fetchedPart(b: BundleResult) {
  const before = b.fetched.beforeInteraction;
  return [
    `Chromium ${b.chromium} opened the lesson page in a fresh context at ${b.fetched.viewport}, and it was left alone until the network was idle and 2 s more, nothing clicked or hovered. Each JS response is listed with its \`content-encoding\` and its body's bytes on the wire (Playwright's \`responseBodySize\`, headers not counted). JS fetched by the lesson page before any interaction: **${kB(sum(before))} kB** on the wire in ${plural(before.length, 'response')}.${playerNote(b)}`,
    '',
    fetchedTable(b, before),
    '',
    ...hoverPart(b),
  ];
}

export function bundleSection(b: BundleResult) {
  const lesson = b.initial[0]!;
  const when = b.alone
    ? `Measured on ${b.date} by \`npm run bench -- --only bundle\`, separately from the figures above, at commit ${b.app.commit}${b.app.changedFiles ? ` plus uncommitted changes in ${b.app.changedFiles} tracked file(s)` : ''}.`
    : `Measured on ${b.date}, in the same run as sections 1 to 3, before Lighthouse.`;
  const met = withinBudget(b)
    ? `within the budget of ${b.budgetKB} kB`
    : `**over** the budget of ${b.budgetKB} kB`;
  return [
    '## 5. Bundle',
    '',
    `The lesson page's initial JS is **${kB(lesson.gzipBytes)} kB** gzip in ${plural(lesson.chunks.length, 'file')}, ${met}. Initial means what the page's HTML loads before the app runs: its module script and the chunks it lists as \`<link rel="modulepreload">\`; chunks reached through \`import()\` are not in it. Sizes are of the production build's files, gzip at zlib's default level, in kB of 1000 bytes; \`npm test\` (scripts/bundle/check-bundle.ts) counts the same way and fails when the figure passes the budget. ${when}`,
    '',
    budgetTable(b),
    '',
    '### Initial chunks',
    '',
    initialTable(b),
    '',
    '### Lazy chunks',
    '',
    'Every other JS file of the build, largest first: each is fetched only when the app asks for it.',
    '',
    lazyTable(b),
    '',
    '### Fetched in Chromium',
    '',
    ...fetchedPart(b),
  ].join('\n');
}
