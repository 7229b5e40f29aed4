/**
 * Writes BENCHMARKS.md from one run's results: the machine, then each measure with what it
 * measures, its figures side by side and its targets. Notes on causes are printed only next to a
 * target that was missed, and they quote the run's own diagnostics.
 */
import type { BundleResult } from './bundle';
import type { EnginesResult } from './engine-lag';
import { engineLagSection } from './report-engines';
import type { LargeResult } from './large-lesson';
import { largeSection } from './report-large';
import type { LagResult } from './lag';
import { type Frames, lagSection, NAMES, WHO } from './report-lag';
import type { LighthouseResult } from './lighthouse';
import type { Machine } from './machine';
import { ms, table, times } from './markdown';
import { bundleSection } from './report-bundle';
import { lighthouseSection } from './report-lighthouse';
import type { MakerResult } from './maker';
import { makerSection } from './report-maker';
import type { SeekResult } from './seek';
import { ratio, type Summary } from './stats';

export interface Results {
  machine: Machine;
  frames: Frames;
  lag: LagResult[];
  seek: SeekResult;
  large: LargeResult;
  /** Absent from results written before Lighthouse was part of the benchmark. */
  lighthouse?: LighthouseResult;
  /** Absent from results written before the bundle was part of the benchmark. */
  bundle?: BundleResult;
  /** Absent from results written before other engines were part of the benchmark. */
  engines?: EnginesResult;
  /** Absent until `npm run bench -- --only maker` has run. */
  maker?: MakerResult;
}

function machineSection({ machine: m, frames }: Results) {
  const frameRow = (label: string, s: Summary) => [label, s.n, ms(s.p50), ms(s.p95), ms(s.max)];
  return [
    '## Machine',
    '',
    table(
      ['CPU', 'Cores', 'RAM', 'Chromium', 'Node', 'Date (UTC)'],
      [[m.cpu, m.cores, `${m.ramGiB} GiB`, m.chromium, m.node, m.date]],
      ['left', 'right', 'right', 'left', 'left', 'left'],
    ),
    '',
    `Debian Chromium, headless, \`--disable-gpu\` (software compositing), launched by Playwright. The app measured is commit ${m.app.commit}${m.app.changedFiles ? ` plus uncommitted changes in ${m.app.changedFiles} tracked file(s)` : ''}, production build (\`vite build\`) served by \`vite preview\`. The machine is shared: its 1-minute load average was ${m.load.before} when measuring began and ${m.load.after} when it ended (on ${m.cores} cores), and other work running at the same time lengthens frames and delays timers, so read the maxima with that in mind.`,
    '',
    'Animation-frame intervals in the lesson page during the run, for reading the lag figures:',
    '',
    table(
      ['Page state', 'Frames', 'p50 (ms)', 'p95 (ms)', 'max (ms)'],
      [
        frameRow('idle', frames.idle),
        frameRow('playing at 1×', frames.playing1x),
        frameRow('playing at 2×', frames.playing2x),
      ],
    ),
  ].join('\n');
}

function seekSection({ seek }: Results) {
  const rows = WHO.map((who) => {
    const s = seek.summary[who];
    const missing = seek.missing[who] ? ` (${seek.missing[who]} never)` : '';
    return [NAMES[who], `${s.n}${missing}`, ms(s.p50), ms(s.p95), ms(s.max)];
  });
  const ours = seek.summary.ours.p95;
  return [
    '## 2. Seek response',
    '',
    `While paused, ${seek.seeks} seeks set \`video.currentTime\` to the middle of another passage (stride 7 through the 20 passages). Each figure is performance.now() in the page from just before the assignment to the MutationObserver callback that saw that passage become current. Ours reacts to \`seeking\` (\`currentTime\` already holds the target then); the \`timeupdate\` peer to the \`timeupdate\` fired when the seek completes; Hyperaudio Lite to \`seeked\`.`,
    '',
    table(['Highlighter', 'Seeks', 'p50 (ms)', 'p95 (ms)', 'max (ms)'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
    ]),
    '',
    `At p95 the \`timeupdate\` peer takes ${times(ratio(seek.summary.timeupdate.p95, ours))} as long as ours, Hyperaudio Lite ${times(ratio(seek.summary.hyperaudio.p95, ours))}. No target was set. The peers can only react once the seek has completed, which means decoding from the preceding keyframe (the stand-in has keyframes only at passage starts), on a machine shared with other work; ours reacts as the seek starts, so its figure is the wait for the \`seeking\` event plus the app's own work for the change (its re-render and commit, with any style and layout forced inside it).`,
  ].join('\n');
}

export function renderReport(results: Results) {
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench/) on ${results.machine.date}; every figure below is from that run, in real Chromium. Re-run it to refresh this file. These are measurements, not tests: nothing here fails a build.`,
    '',
    machineSection(results),
    '',
    lagSection(results),
    '',
    ...(results.engines ? [engineLagSection(results.engines), ''] : []),
    seekSection(results),
    '',
    largeSection(results.large),
    '',
    ...(results.lighthouse ? [lighthouseSection(results.lighthouse), ''] : []),
    ...(results.bundle ? [bundleSection(results.bundle), ''] : []),
    ...(results.maker ? [makerSection(results.maker), ''] : []),
  ].join('\n');
}
