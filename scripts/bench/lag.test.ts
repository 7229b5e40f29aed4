import type { Lesson } from '@/domain/lesson-schema';
import { coveredCrossings, leadFor, measureLag, mergeLag, type CrossBoundary } from './lag';

describe('coveredCrossings', () => {
  // A 70-minute lecture's passages, about every 35 s from 1 s, over a 553 s video.
  const starts = Array.from({ length: 120 }, (_, i) => 1 + i * 35);

  it('keeps the starts whose lead and wait after lie inside the video', () => {
    const covered = coveredCrossings(starts, 553, 1);
    // Passage 0 starts at 1 s, before its 1.5 s lead; 526 s + 4 s fits, 561 s is past the end.
    expect(covered[0]).toBe(1);
    expect(covered.at(-1)).toBe(15);
    expect(covered).toHaveLength(15);
  });

  it('leaves room for the longest lead at the rate measured, whatever the round', () => {
    // The lead is 1.5 s plus up to one timeupdate period of media: 0.25 s at 1×, 0.5 s at 2×.
    expect(coveredCrossings([1.74, 1.76, 2.01], 60, 1)).toEqual([1, 2]);
    expect(coveredCrossings([1.74, 1.76, 2.01], 60, 2)).toEqual([2]);
  });

  it('covers every start of a lesson whose video is as long as it', () => {
    expect(coveredCrossings([25, 57, 79], 553, 2)).toEqual([0, 1, 2]);
  });
});

describe('measureLag', () => {
  const lesson = {
    passages: [10, 20, 30, 40].map((start, i) => ({ id: `p${i}`, start, end: start + 10 })),
  } as unknown as Lesson;
  const crossed: [number, number, number][] = [];
  const cross: CrossBoundary = (index, start, _rate, lead) => {
    crossed.push([index, start, lead]);
    return Promise.resolve([start + 0.01 * (index + 1), null, start + 0.2]);
  };
  beforeEach(() => void crossed.splice(0));

  it('crosses only the passages asked for, each with its own index and lead', async () => {
    const result = await measureLag(cross, lesson, 1, { indices: [1, 3] });
    expect(crossed).toEqual([
      [1, 20, leadFor(1, 1)],
      [3, 40, leadFor(3, 1)],
    ]);
    expect(result.samples.map((s) => s.index)).toEqual([1, 3]);
    expect(result.summary.ours.n).toBe(2);
    expect(result.summary.ours.max).toBeCloseTo(40);
    expect(result.missing.timeupdate).toBe(2);
  });

  it('takes a later round’s leads further along the jitter sequence', async () => {
    await measureLag(cross, lesson, 2, { indices: [1], round: 1 });
    expect(crossed).toEqual([[1, 20, leadFor(5, 2)]]);
    expect(leadFor(5, 2)).not.toBe(leadFor(1, 2));
  });

  it('merges rounds into one result over all their samples', async () => {
    const first = await measureLag(cross, lesson, 2, { indices: [0, 1] });
    const second = await measureLag(cross, lesson, 2, { indices: [2, 3], round: 1 });
    const merged = mergeLag([first, second]);
    expect(merged.rate).toBe(2);
    expect(merged.samples.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(merged.summary.ours.n).toBe(4);
    expect(merged.summary.ours.max).toBeCloseTo(40);
    expect(merged.missing.timeupdate).toBe(4);
  });
});
