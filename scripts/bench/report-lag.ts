/** The BENCHMARKS.md section for highlight lag during playback. */
import type { LagResult, Who } from './lag';
import { type Align, ms, table, times, verdict } from './markdown';
import { framesAt60Hz, ratio, type Summary } from './stats';

/** Animation-frame intervals in the page, idle and while playing. */
export interface Frames {
  idle: Summary;
  playing1x: Summary;
  playing2x: Summary;
}

export const NAMES: Record<Who, string> = {
  ours: 'Tandem (frame clock)',
  timeupdate: '`timeupdate` peer',
  hyperaudio: 'Hyperaudio Lite 2.6.4',
};
export const WHO: Who[] = ['ours', 'timeupdate', 'hyperaudio'];
const FRAME = 1000 / 60;

/**
 * One row of ours' figures at one rate, labelled: boundaries, p50, p95 and max in ms of media
 * time, the p95 in wall ms, and the two peers' p95 beside it.
 */
export function oursRow(label: string, r: LagResult) {
  const ours = r.summary.ours;
  const missing = r.missing.ours ? ` (${r.missing.ours} never)` : '';
  return [
    label,
    `${r.rate}×`,
    `${ours.n}${missing}`,
    ms(ours.p50),
    ms(ours.p95),
    ms(ours.max),
    ms(ours.p95 / r.rate),
    ms(r.summary.timeupdate.p95),
    ms(r.summary.hyperaudio.p95),
  ];
}

/** oursRow's headers after its label's, and their alignment. */
export const OURS_HEADERS = [
  'Rate',
  'Boundaries',
  'p50 (ms)',
  'p95 (ms)',
  'max (ms)',
  'p95 ÷ rate (wall ms)',
  '`timeupdate` p95',
  'Hyperaudio p95',
];
export const OURS_ALIGN: Align[] = ['left', ...Array<Align>(7).fill('right')];

function lagTable(result: LagResult) {
  const rows = WHO.map((who) => {
    const s = result.summary[who];
    const missing = result.missing[who] ? ` (${result.missing[who]} never)` : '';
    return [
      NAMES[who],
      `${s.n}${missing}`,
      ms(s.p50),
      ms(s.p95),
      ms(s.max),
      ms(s.p95 / result.rate),
    ];
  });
  return table(
    ['Highlighter', 'Boundaries', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'p95 ÷ rate (wall ms)'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right'],
  );
}

function lagTargets(results: LagResult[]) {
  const rows: string[][] = [];
  const checks = results.map((r) => {
    const ours = r.summary.ours.p95;
    const speedup = ratio(r.summary.timeupdate.p95, ours);
    const behind = framesAt60Hz(ours - r.summary.hyperaudio.p95);
    return { rate: r.rate, ours, speedup, behind };
  });
  const row = (label: string, cell: (c: (typeof checks)[number]) => [string, boolean]) =>
    rows.push([
      label,
      ...checks.map((c) => {
        const [text, ok] = cell(c);
        return `${text} — ${verdict(ok)}`;
      }),
    ]);
  row('Ours p95 ≤ 20 ms', (c) => [`${ms(c.ours)} ms`, c.ours <= 20]);
  row('≥ 10× better than `timeupdate` (its p95 ÷ ours)', (c) => [
    times(c.speedup),
    c.speedup >= 10,
  ]);
  row(
    'Never behind Hyperaudio Lite by more than one frame (ours p95 − its p95, in 60 Hz frames)',
    (c) => [`${c.behind.toFixed(2)} frames`, c.behind <= 1],
  );
  return table(['Target', ...checks.map((c) => `At ${c.rate}×`)], rows, [
    'left',
    ...checks.map(() => 'left' as const),
  ]);
}

function lagSamples(results: LagResult[]) {
  const rows = results.flatMap((r) =>
    r.samples.map((s) => [
      `${r.rate}×`,
      s.index,
      s.start,
      s.lead.toFixed(3),
      ...WHO.map((w) => ms(s.lag[w] ?? NaN)),
    ]),
  );
  return [
    '<details><summary>Every boundary (lag in ms of media time)</summary>',
    '',
    table(['Rate', 'Passage', 'Start (s)', 'Lead (s)', ...WHO.map((w) => NAMES[w])], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'right',
      'right',
    ]),
    '',
    '</details>',
  ].join('\n');
}

function lagNotes(results: { lag: LagResult[]; frames: Frames }) {
  const notes: string[] = [];
  const missed = results.lag.some(
    (r) =>
      r.summary.ours.p95 > 20 || framesAt60Hz(r.summary.ours.p95 - r.summary.hyperaudio.p95) > 1,
  );
  if (missed)
    notes.push(
      `- **Where ours' lag comes from.** The app's frame clock (src/lib/videojs/frame-clock.ts, at the measured commit) reads the playhead on every animation frame and, when the next boundary is less than two frames away, also from a timer set for the moment it is crossed, divided by the playback rate. So the change starts within a timer's accuracy of the boundary, and the figure is mostly what follows: the media time goes on running while the app commits the change, and the MutationObserver sees it only when that task ends. In Chrome traces of crossings taken while writing this benchmark, that task took about 8–20 ms: React re-rendering, and often a few ms of style and layout forced inside it. The tail is the main thread being busy at the boundary: the caption cue changes with the passage, so video.js updates its text track and caption display at the same moment, and frames ran long on this shared machine while video played (p95 interval ${ms(results.frames.playing1x.p95)} ms at 1×, ${ms(results.frames.playing2x.p95)} ms at 2×, against ${ms(FRAME)} ms).`,
    );
  if (results.lag.some((r) => ratio(r.summary.timeupdate.p95, r.summary.ours.p95) < 10))
    notes.push(
      '- **The ratio to `timeupdate`.** Chromium fires `timeupdate` every 250 ms of wall time, so that peer is 0–250 ms late at 1× (0–500 ms of media at 2×); a 10× margin needs ours p95 under about 25 ms at 1× (50 ms of media at 2×).',
    );
  for (const r of results.lag) {
    const trailing = r.samples.filter((s) => {
      const gap = (s.lag.hyperaudio ?? NaN) - (s.lag.ours ?? NaN);
      return gap >= 0 && gap < 1;
    }).length;
    if (r.rate === 1 && trailing >= 3)
      notes.push(
        `- **Side by side, the peers share one main thread.** At 1×, in ${trailing} of ${r.samples.length} crossings Hyperaudio Lite's change came less than 1 ms of media after ours: its timer, due about when ours fires, ran as soon as our change had finished. So at 1× its figures include the cost of our change.`,
      );
  }
  // Background from reading Hyperaudio Lite's source, printed only when this run saw it late.
  const late2x = results.lag.find((r) => r.rate === 2)?.summary.hyperaudio.p95 ?? 0;
  if (late2x > 100)
    notes.push(
      '- **Hyperaudio Lite at 2× (background, from its source).** Its timer waits `next start − now` in milliseconds of wall time as if the rate were 1, so at 2× it fires when the media is already past the start by the distance from where it last scheduled. Here that is the play call, about 1.5 s before the start (the lead), so it is about 1.5 s late. In continuous playback with one span per passage it would schedule from the previous passage start and be a whole passage late; with word-level spans, about one word late.',
    );
  return notes.join('\n');
}

export function lagSection(results: { lag: LagResult[]; frames: Frames }) {
  return [
    '## 1. Highlight lag during playback',
    '',
    "For each of the 20 passage starts of digital-china-12, at 1× and at 2×, muted: pause, seek to 1.5 s before the start (plus a jitter spread over one `timeupdate` period, so that peer is sampled at every phase), play across the start, pause. Three highlighters follow the same `<video>` in the same page: the app's transcript (`aria-current` on its `<li>`), a `timeupdate` highlighter (on every `timeupdate`: binary search, set `aria-current`; how video.js transcript plugins and Able Player do it) and Hyperaudio Lite 2.6.4 (one `<span data-m data-d>` per passage in a `<p>`; it marks the `<p>` `active`), both peers on their own offscreen copies of the passage list. Lag = `video.currentTime` read inside the MutationObserver callback that sees the passage become current, minus the passage start: the DOM change, in ms of media time.",
    '',
    ...results.lag.flatMap((r) => [`### At ${r.rate}×`, '', lagTable(r), '']),
    '### Against the targets',
    '',
    lagTargets(results.lag),
    '',
    lagNotes(results),
    '',
    lagSamples(results.lag),
  ].join('\n');
}
