/** The BENCHMARKS.md section for the 10,000-passage lesson. */
import type { LargeResult } from './large-lesson';
import type { Commit } from './render-count';
import { ms, table, verdict } from './markdown';
import { percentile, summarize, type Summary } from './stats';

const row = (label: string, s: Summary) => [label, s.n, ms(s.p50), ms(s.p95), ms(s.max)];
const HEAD = ['Measure', 'n', 'p50 (ms)', 'p95 (ms)', 'max (ms)'];
const ALIGN = ['left', 'right', 'right', 'right', 'right'] as const;

const labels = (commit: Commit) =>
  Object.entries(commit.labels)
    .map(([name, n]) => `\`${name}\` ×${n}`)
    .join(', ') || 'none';

/** Whether a passage change made React walk the whole list (some parent of it re-rendered). */
const walksAll = (large: LargeResult) =>
  percentile(
    large.renders.perChange.map((c) => c.visited),
    50,
  ) >= large.passages;

function renderSection(large: LargeResult) {
  const { perChange, languageSwitch } = large.renders;
  // The first change starts from "no passage" (the intro), so it re-renders only one row.
  const fromPassage = perChange.slice(1);
  const rows = summarize(fromPassage.map((c) => c.rows));
  const visited = percentile(
    fromPassage.map((c) => c.visited),
    50,
  );
  const ok = fromPassage.every((c) => c.rows <= 2);
  const others = perChange.at(-1);
  const commits = percentile(
    fromPassage.map((c) => c.commits),
    50,
  );
  const perCommit = Math.round(visited / Math.max(commits, 1));
  return [
    '### Re-renders per passage change',
    '',
    'A stand-in for React DevTools\' global hook, installed before the app loads (page/render-counter.js), walks every committed fiber tree and counts the components that rendered in that commit, by DevTools\' rule (mounted, or the PerformedWork flag set). A passage row is a component whose own element is the `<li class="passage">`. Counted over each interaction until two frames after it; this page alone carries the hook, the timings above were taken without it.',
    '',
    table(
      [
        'Interaction',
        'Commits',
        'Passage rows',
        'Components inside those rows',
        'Other components',
        'Fibers React walked',
      ],
      [
        ...perChange.map((c, i) => [
          i === 0 ? 'seek: intro → a passage' : `seek: passage change ${i}`,
          c.commits,
          c.rows,
          c.insideRows,
          c.others,
          c.visited,
        ]),
        [
          'language switch to English (the check)',
          languageSwitch.commits,
          languageSwitch.rows,
          languageSwitch.insideRows,
          languageSwitch.others,
          languageSwitch.visited,
        ],
      ],
      ['left', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    `Target: 2 passage rows per change. Measured: ${rows.p50} (max ${rows.max}) — ${verdict(ok)}. The language switch re-rendered ${languageSwitch.rows.toLocaleString('en')} rows, so the counter does see more than 2 when they render.`,
    '',
    `Components inside a row (its text, term marks) render when their row does. Outside the rows, a change also renders: ${others ? labels(others) : 'nothing'} (each named by the first element it renders; one that renders no element by its minified name).${
      others?.labels['section.transcript']
        ? ' `section.transcript` is the whole transcript panel re-rendering, with its unmemoised children.'
        : ''
    }`,
    '',
    `A change took ${commits} commit(s), and React walked about ${perCommit.toLocaleString('en')} fibers per commit: when any row updates, React clones the fiber of every row of the list to look for work, so each commit that touches a row costs time in proportion to the list although only two rows render.`,
  ].join('\n');
}

export function largeSection(large: LargeResult) {
  const { firstRender, change, noChange } = large;
  return [
    `## 3. A lesson of ${large.passages.toLocaleString('en')} passages`,
    '',
    `A synthetic lesson (scripts/bench/bench-lesson.ts, valid under the app's schema): ${large.passages.toLocaleString('en')} passages every 3 s, duration 30,003 s, its media the 553 s stand-in. Its JSON (${(large.jsonBytes / 1e6).toFixed(1)} MB) is served by Playwright's page.route at /data/lessons/bench-10k.json, and /lessons/bench-10k is opened in a fresh page each time.`,
    '',
    '### Time to first render',
    '',
    `performance.now() in the page, whose origin is the start of navigation; ${firstRender.loads} loads. "In the DOM": a MutationObserver installed before the app sees the 10,000th \`li.passage\`. "Painted": the first animation frame after that, then a task queued from it, which runs once that frame's style, layout and paint are done.`,
    '',
    table(
      HEAD,
      [
        row('navigation → 10,000 rows in the DOM', firstRender.dom),
        row('navigation → the frame with them painted', firstRender.painted),
      ],
      [...ALIGN],
    ),
    '',
    `No target was set. A further load, traced (not among the timed ones), spent ${ms(firstRender.layout.totalMs, 0)} ms in style and layout, the longest single Layout taking ${ms(firstRender.layout.longestLayoutMs, 0)} ms.`,
    '',
    '### One passage change',
    '',
    "While paused, 12 seeks each move to another passage (within the first 553 s); after each, a seek inside the same passage gives the baseline. Chrome's trace (category devtools.timeline) was on for these: its `EventDispatch` event of type `seeking` spans every listener of that event (video.js, the app's frame clock) and the microtasks they queue, which is where React re-renders and commits the change; style and layout forced inside it are split out, as DevTools' Performance panel does. The in-page times run from setting `currentTime` to the MutationObserver callback on the new `aria-current`, and to the end of the next frame (as for \"Painted\" above).",
    '',
    table(
      HEAD,
      [
        row('`seeking` dispatch, passage changes: total', change.dispatch.totalMs),
        row('… of which JavaScript', change.dispatch.scriptMs),
        row('… of which forced style + layout', change.dispatch.styleLayoutMs),
        row('`seeking` dispatch, same passage (baseline): total', noChange.totalMs),
        row('in page: seek → new passage current', change.toCurrent),
        row('in page: seek → next frame done', change.toNextFrame),
      ],
      [...ALIGN],
    ),
    '',
    `No target was set. The baseline shows what a seek costs without a change; the difference is the change itself${walksAll(large) ? ', which grows with the list: React walks every row (see below)' : ''}${change.dispatch.styleLayoutMs.p50 >= 1 ? ', and style and layout are forced inside the dispatch after the two rows changed' : ''}.`,
    '',
    renderSection(large),
  ].join('\n');
}
