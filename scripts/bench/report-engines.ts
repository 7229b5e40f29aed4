/** The BENCHMARKS.md section for highlight lag in every engine, Chromium's beside the others'. */
import type { EnginesResult } from './engine-lag';
import type { LagResult } from './lag';
import { table, verdict } from './markdown';
import { OURS_ALIGN, OURS_HEADERS, oursRow } from './report-lag';

const FRAME = 1000 / 60;

function rows(engine: string, lag: readonly LagResult[]) {
  return lag.map((r) => [
    ...oursRow(engine, r),
    verdict(r.summary.ours.p95 / r.rate <= FRAME && !r.missing.ours),
  ]);
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
      ['Engine', ...OURS_HEADERS, 'p95 ≤ one frame (16.7 wall ms)'],
      [...rows(chromium.version, chromium.lag), ...measured],
      ['left', ...OURS_ALIGN, 'left'],
    ),
    ...(failed.length ? ['', ...failed] : []),
  ].join('\n');
}
