import type { LagResult } from './lag';
import { engineLagSection } from './report-engines';
import { summarize } from './stats';

function lag(rate: number, ours: number[]): LagResult {
  return {
    rate,
    samples: [],
    summary: { ours: summarize(ours), timeupdate: summarize([250]), hyperaudio: summarize([20]) },
    missing: { ours: 0, timeupdate: 0, hyperaudio: 0 },
  };
}

const rowOf = (section: string, engine: string, rate: string) =>
  section.split('\n').find((line) => line.startsWith(`| ${engine} | ${rate} |`))!;

describe('engineLagSection', () => {
  const section = engineLagSection({
    date: '2026-12-02T12:00:00.000Z',
    chromium: { version: 'Chromium 156', lag: [lag(1, [10, 12]), lag(2, [30, 30])] },
    engines: [
      { engine: 'Firefox ESR', version: 'Firefox 153', lag: [lag(1, [37, 38])] },
      { engine: 'WebKit', error: 'not installed (apt-get install webkit2gtk-driver)' },
    ],
  });

  it('judges each engine by its p95 in wall time against one 60 Hz frame', () => {
    expect(rowOf(section, 'Chromium 156', '1×')).toMatch(/\| met \|$/);
    // 30 ms of media at 2× is 15 ms of wall time: within a frame.
    expect(rowOf(section, 'Chromium 156', '2×')).toMatch(/\| 15\.0 \| .* \| met \|$/);
    expect(rowOf(section, 'Firefox 153', '1×')).toMatch(/\*\*MISSED\*\* \|$/);
  });

  it('says which engine was not measured, and why', () => {
    expect(section).toContain('- WebKit: not measured: not installed');
    expect(section).toContain('Measured on 2026-12-02T12:00:00.000Z');
  });
});
