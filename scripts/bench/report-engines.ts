/** The BENCHMARKS.md section for highlight lag in every engine, Chromium's beside the others'. */
import type { EnginesResult } from './engine-lag';
import type { LagResult } from './lag';
import { ms, table, verdict } from './markdown';

const FRAME = 1000 / 60;

function rows(engine: string, lag: readonly LagResult[]) {
  return lag.map((r) => {
    const ours = r.summary.ours;
    const missing = r.missing.ours ? ` (${r.missing.ours} never)` : '';
    return [
      engine,
      `${r.rate}×`,
      `${ours.n}${missing}`,
      ms(ours.p50),
      ms(ours.p95),
      ms(ours.max),
      ms(ours.p95 / r.rate),
      ms(r.summary.timeupdate.p95),
      ms(r.summary.hyperaudio.p95),
      `${verdict(ours.p95 / r.rate <= FRAME && !r.missing.ours)}`,
    ];
  });
}

export function engineLagSection({ chromium, engines, date }: EnginesResult) {
  const measured = engines.flatMap((e) => ('lag' in e ? rows(e.version, e.lag) : []));
  const failed = engines.flatMap((e) =>
    'error' in e ? [`- ${e.engine}: not measured: ${e.error}`] : [],
  );
  return [
    '## 1b. Highlight lag in every engine',
    '',
    `Measured on ${date}, on the machine of the section above.`,
    '',
    "The measure of section 1 (the same 20 boundaries at 1× and 2×, the same probes and peers) in Firefox ESR, driven over WebDriver BiDi, and WebKit (WebKitGTK's MiniBrowser under Xvfb, driven by WebKitWebDriver), with Chromium measured again in the same run, side by side (its figures here and in section 1 come from different runs when this section was refreshed alone, with `npm run bench -- --only engines`). Lag in ms of media time, as in section 1, and the p95 in wall-clock ms (media ms ÷ rate), which is what the target is about: p95 ≤ one frame at 60 Hz (16.7 ms) in every engine.",
    '',
    table(
      [
        'Engine',
        'Rate',
        'Boundaries',
        'p50 (ms)',
        'p95 (ms)',
        'max (ms)',
        'p95 ÷ rate (wall ms)',
        '`timeupdate` p95',
        'Hyperaudio p95',
        'p95 ≤ one frame (16.7 wall ms)',
      ],
      [...rows(chromium.version, chromium.lag), ...measured],
      ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    ),
    ...(failed.length ? ['', ...failed] : []),
  ].join('\n');
}
