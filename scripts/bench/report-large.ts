/** The BENCHMARKS.md section for long lessons: 20, 1,000 and 10,000 passages side by side. */
import type { LargeResult, SizeResult } from './large-lesson';
import { ms, table, times, verdict } from './markdown';
import { percentile, ratio, type Summary } from './stats';

const FRAME_60HZ = 1000 / 60;

/** Changes from one passage to another (the first starts from before any passage). */
const fromPassage = (size: SizeResult) => size.renders.perChange.slice(1);
const rowsPerChange = (size: SizeResult) => Math.max(...fromPassage(size).map((c) => c.rows));
const rowsMounted = (size: SizeResult) =>
  percentile(
    fromPassage(size).map((c) => c.rowsMounted ?? 0),
    50,
  );
const visited = (size: SizeResult) =>
  percentile(
    fromPassage(size).map((c) => c.visited),
    50,
  );

/** A dispatch's CPU time, p50 / p95; results measured before it was recorded have none. */
const cpu = (summary: Summary | undefined) =>
  summary ? `${ms(summary.p50, 2)} / ${ms(summary.p95, 2)}` : '–';

function sideBySide(sizes: readonly SizeResult[]) {
  const row = (label: string, cell: (s: SizeResult) => string | number) => [
    label,
    ...sizes.map(cell),
  ];
  return table(
    ['Measure (p50 unless said)', ...sizes.map((s) => s.label)],
    [
      row('lesson JSON (MB)', (s) => (s.jsonBytes / 1e6).toFixed(2)),
      row('navigation → first rows in the DOM (ms)', (s) => ms(s.firstRender.dom.p50, 0)),
      row('navigation → first rows painted (ms)', (s) => ms(s.firstRender.painted.p50, 0)),
      row('… the passage current at 0:00 painted (ms)', (s) =>
        s.firstRender.currentPainted ? ms(s.firstRender.currentPainted.p50, 0) : 'none current',
      ),
      row("… the app's own rows painted, replacing the first screen (ms)", (s) =>
        ms(s.firstRender.appPainted.p50, 0),
      ),
      row('… style and layout during the traced load (ms)', (s) =>
        ms(s.firstRender.layout.totalMs, 0),
      ),
      row('first intent to watch → video ready (ms)', (s) => ms(s.intentToReady.p50, 0)),
      row('passage change: `seeking` dispatch, JavaScript (ms)', (s) =>
        ms(s.change.dispatch.scriptMs.p50, 2),
      ),
      row('… p95 (ms)', (s) => ms(s.change.dispatch.scriptMs.p95, 2)),
      row('… forced style + layout, p95 (ms)', (s) => ms(s.change.dispatch.styleLayoutMs.p95, 2)),
      row('… main thread CPU time, p50 / p95 (ms)', (s) => cpu(s.change.dispatch.cpuMs)),
      row('same-passage seek (baseline): JavaScript (ms)', (s) => ms(s.noChange.scriptMs.p50, 2)),
      row('passage change: seek → next frame done (ms)', (s) => ms(s.change.toNextFrame.p50, 1)),
      row('… → its row current in the document, after following (ms)', (s) =>
        ms(s.change.toCurrent.p50, 1),
      ),
      row('… longest frame until then, max (ms)', (s) =>
        s.change.longestFrame ? ms(s.change.longestFrame.max, 1) : '–',
      ),
      row('passage change: rows re-rendered (max)', rowsPerChange),
      row('… rows mounted as the view follows (p50)', rowsMounted),
      row('passage change: fibers React walked (p50)', visited),
      row('JS heap after GC (MB)', (s) => s.heapMB.toFixed(1)),
    ],
    ['left', ...sizes.map(() => 'right' as const)],
  );
}

function targets(large: LargeResult) {
  const [small, , huge] = large.sizes as [SizeResult, SizeResult, SizeResult];
  // The first rows, and the current passage highlighted when one is current at 0:00.
  const painted = (s: SizeResult) =>
    Math.max(s.firstRender.painted.p50, s.firstRender.currentPainted?.p50 ?? 0);
  const paintRatio = ratio(painted(huge), painted(small));
  const ready = large.sizes
    .slice(1)
    .map((s) => ratio(s.intentToReady.p50, small.intentToReady.p50));
  const scripts = large.sizes.map((s) => s.change.dispatch.scriptMs.p95);
  const forced = large.sizes.map((s) => s.change.dispatch.styleLayoutMs.p95);
  const heapRatio = ratio(huge.heapMB, small.heapMB);
  const lag = large.lag ?? [];
  const rows: (string | number)[][] = [
    [
      'navigation → first rows painted and the current passage highlighted, 10,000 passages',
      `${ms(painted(huge), 0)} ms; ${times(paintRatio)} the 20-passage lesson's`,
      '≤ 500 ms and ≤ 1.25×',
      verdict(painted(huge) <= 500 && paintRatio <= 1.25),
    ],
    [
      'first intent → video ready, 1,000 / 10,000 vs 20',
      ready.map(times).join(' / '),
      '≤ 1.25× each',
      verdict(ready.every((r) => r <= 1.25)),
    ],
    [
      'one passage change while paused: JavaScript p95, 20 / 1,000 / 10,000',
      `${scripts.map((v) => `${ms(v, 2)} ms`).join(' / ')} (thread CPU: ${large.sizes
        .map((s) => (s.change.dispatch.cpuMs ? `${ms(s.change.dispatch.cpuMs.p95, 2)} ms` : '–'))
        .join(' / ')})`,
      '≤ 2 ms each',
      verdict(scripts.every((v) => v <= 2)),
    ],
    [
      '… rows re-rendered (max), 20 / 1,000 / 10,000',
      large.sizes.map(rowsPerChange).join(' / '),
      '2',
      verdict(large.sizes.every((s) => rowsPerChange(s) <= 2)),
    ],
    [
      '… forced style + layout p95, 20 / 1,000 / 10,000',
      forced.map((v) => `${ms(v, 2)} ms`).join(' / '),
      'none',
      verdict(forced.every((v) => v < 0.05)),
    ],
    ...lag.map((r) => [
      `highlight lag p95 at ${r.rate}×, 10,000 passages (wall ms)`,
      `${ms(r.summary.ours.p95 / r.rate)} ms (${r.summary.ours.n} crossings, ${r.missing.ours} missed)`,
      `≤ ${ms(FRAME_60HZ)} ms`,
      verdict(r.summary.ours.p95 / r.rate <= FRAME_60HZ && r.missing.ours === 0),
    ]),
    [
      'wheeling the 10,000-passage transcript top to bottom: frames over 50 ms',
      `${large.scroll.over50} of ${large.scroll.frames.n} (longest ${ms(large.scroll.frames.max, 0)} ms)`,
      'none',
      verdict(large.scroll.over50 === 0),
    ],
    [
      'JS heap, 10,000 passages vs 20',
      `${huge.heapMB.toFixed(1)} MB vs ${small.heapMB.toFixed(1)} MB: ${times(heapRatio)}`,
      '≤ 3×',
      verdict(heapRatio <= 3),
    ],
  ];
  return table(['Target', 'Measured', 'Target', 'Verdict'], rows, [
    'left',
    'right',
    'left',
    'left',
  ]);
}

export function largeSection(large: LargeResult) {
  const { scroll } = large;
  return [
    '## 3. Long lessons: 20, 1,000 and 10,000 passages side by side',
    '',
    ...(large.date
      ? [
          `Measured on ${large.date}, on the machine of the section above, load average ${large.loadBefore ?? '?'} (1 min, 2 cores) just before.`,
          '',
        ]
      : []),
    "Three lessons in one run, each opened in a fresh page: Lesson 12 as bundled (20 passages); a real-shaped lesson of 1,000 passages (Lesson 12's passages and key terms repeated over its own 553 s video, scripts/bench/bench-lesson.ts `makeLongLesson`); and a synthetic one of 10,000 passages every 3 s (`makeBenchLesson`, the stand-in video covering the first 183). The long ones' JSON is served by the bench's preview server, as a host serves a bundled lesson (until 2026-12-02 it went through Playwright's page.route, which added about 0.9 s of driver traffic to the 10,000-passage load). Lessons over 250 passages render only the transcript rows near the view (@tanstack/react-virtual); shorter ones keep every row in the document.",
    '',
    `Loads: ${large.sizes[0]?.firstRender.loads ?? 0} per lesson, timed with performance.now() in the page (origin: start of navigation). A lesson's page holds its first screen, rendered at build time by the app's own components (scripts/first-screen/; for the long lessons, by the bench's server the same way), which the app's first render replaces. "First rows in the DOM": a MutationObserver installed before the app sees the first \`li.passage\`, the first screen's; "painted": the first animation frame after that, then a task queued from it. "The passage current at 0:00": a row marked \`aria-current\` painted (Lesson 12's first passage starts at 00:25 and the synthetic lesson's at 00:03, so none is current; the real-shaped lesson's starts at 0:00); the target's figure is the later of the two. "The app's own rows": the root has lost \`data-first-screen\`, its rows placed by the app, painted. "First intent → video ready": from the pointer coming over the video (the player is made then) to \`readyState\` ≥ 2, timed from the driver. A passage change: while paused, seeks each move to another playable passage, each followed by a seek inside the same passage (the baseline): 12 timed from the page, then 24 traced with none of the bench's own code inside their \`seeking\` dispatch (the page's probes, a MutationObserver whose callback runs in that dispatch's microtasks and a listener of their own, were traced with it until 2026-12-03); Chrome's trace splits each \`seeking\` dispatch into JavaScript and the style and layout forced inside it, and gives the main thread's CPU time over it (which, unlike the wall time, leaves out the moments the thread waited for a core on a busy machine). "Seek → next frame done": from setting \`currentTime\` to the end of the first frame after the \`seeking\` dispatch (the one that paints the new current passage). "Its row current in the document": until the passage's \`li\` carries \`aria-current\`; a short lesson's row is always there, a long lesson's is mounted only when following brings it into view, so this includes following's glide (a smooth scroll when the passage is within 10 views, about half a second in Chromium; a jump when further, or with reduced motion), with the longest frame interval meanwhile. Rows re-rendered and fibers walked: a render counter standing in for React DevTools' hook (page/render-counter.js), in a page of its own, over each change until two frames after it; a row that renders again counts as re-rendered, a row that enters the document (in a long lesson, as following scrolls the new passage into view) as mounted. Heap: \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`, the video ready.`,
    '',
    sideBySide(large.sizes),
    '',
    '### Against the targets',
    '',
    targets(large),
    '',
    `Wheeling: ${scroll.wheelEvents.toLocaleString('en')} wheel events of 1,500 px over the transcript, until its end (the last row in the document was passage ${scroll.rowsAtEnd.toLocaleString('en')}); frame intervals from requestAnimationFrame: p50 ${ms(scroll.frames.p50)} ms, p95 ${ms(scroll.frames.p95)} ms, max ${ms(scroll.frames.max)} ms. Highlight lag with 10,000 passages: section 1's measure over the first crossings the stand-in video allows, with both peers installed over all 10,000 passages.`,
  ].join('\n');
}
