import type { LagResult } from './lag';
import type { LectureLag } from './lecture-lag';
import type { MakerResult } from './maker';
import { lagVerdictRow, makerSection } from './report-maker';
import { summarize } from './stats';

function lag(rate: number, ours: number[], never = 0): LagResult {
  return {
    rate,
    samples: ours.map((v, index) => ({
      index,
      start: index,
      lead: 1.5,
      lag: { ours: v, timeupdate: 250, hyperaudio: 20 },
    })),
    summary: { ours: summarize(ours), timeupdate: summarize([250]), hyperaudio: summarize([20]) },
    missing: { ours: never, timeupdate: 0, hyperaudio: 0 },
  };
}

const lectureLag = (lecture: LagResult[]): LectureLag => ({
  videoSeconds: 553,
  passages: 120,
  rounds: 2,
  longTasks: {
    bundled: { count: 1, longest: 61 },
    lecture: { count: 0, longest: 0 },
    lectureBeforeCrossing: { count: 4, longest: 180 },
  },
  bundled: [lag(1, [5, 12]), lag(2, [10, 24])],
  lecture,
});

describe('lagVerdictRow', () => {
  it('meets the target when the lecture is within one frame of Lesson 12 at both rates', () => {
    // 1×: 28 vs 12 wall ms, 0.96 frames behind; 2×: 30 vs 12 wall ms (60 and 24 of media).
    const row = lagVerdictRow(lectureLag([lag(1, [9, 28]), lag(2, [20, 60])]));
    expect(row[1]).toBe('1×: 28.0 vs 12.0 ms (0.96 frames); 2×: 30.0 vs 12.0 ms (1.08 frames)');
    expect(row[3]).toBe('**MISSED**');
    expect(lagVerdictRow(lectureLag([lag(1, [9, 28]), lag(2, [20, 40])]))[3]).toBe('met');
  });

  it('misses it when a lecture crossing was never seen, or nothing was measured', () => {
    expect(lagVerdictRow(lectureLag([lag(1, [5], 1), lag(2, [10])]))[3]).toBe('**MISSED**');
    expect(lagVerdictRow(lectureLag([]))[3]).toBe('**MISSED**');
  });
});

describe('makerSection', () => {
  const s = summarize([100]);
  const maker: MakerResult = {
    date: '2026-12-03T07:00:00.000Z',
    loadBefore: 0.5,
    cues: 1200,
    passages: 120,
    lessonJsonBytes: 391_000,
    node: { parse: s, toLesson: s, captions: { zh: s, en: s, both: s } },
    chromium: { preview: s, create: s },
  };

  it('keeps the add rows, and puts the two lessons side by side with the verdict', () => {
    const section = makerSection({
      ...maker,
      lag: lectureLag([lag(1, [6, 13]), lag(2, [11, 26])]),
    });
    expect(section).toContain('| Create lesson → transcript shown | 100 ms | < 2000 ms | met |');
    expect(section).toMatch(/^\| Lesson 12 \(bundled\) \| 2× \| 2 \| 10\.0 \| 24\.0 \|/m);
    expect(section).toMatch(/^\| 70-minute lecture \(added\) \| 1× \| 2 \| 6\.0 \| 13\.0 \|/m);
    expect(section).toMatch(/^\| plays with the bundled lesson's highlight lag .* \| met \|$/m);
    expect(section).toContain('covers the starts of 1 at 1×, 1 at 2× of its 120 passages');
    expect(section).toContain(
      "while crossing: Lesson 12's page 1 (longest 61 ms), the lecture's none; in the lecture's page from \"Create lesson\" to its first crossing (the lesson rendered, its captions built, the video loaded): 4 (longest 180 ms)",
    );
  });

  it('has no lag part for a run from before it was measured', () => {
    expect(makerSection(maker)).not.toContain('highlight lag');
  });
});
