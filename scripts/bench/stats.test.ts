import { framesAt60Hz, percentile, present, ratio, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, …, 1: unsorted input

  it('returns observed values: p50 and p95 of 1..20 are 10 and 19', () => {
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile(twenty, 0)).toBe(1);
  });

  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });

  it('gives the single value for one sample and NaN for none', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('refuses a percentile outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('reports count, p50, p95 and max', () => {
    expect(summarize([5, 1, 9, 3])).toEqual({ n: 4, p50: 3, p95: 9, max: 9 });
  });

  it('is all NaN with a count of 0 when nothing was measured', () => {
    const empty = summarize([]);
    expect(empty.n).toBe(0);
    expect(empty.p95).toBeNaN();
    expect(empty.max).toBeNaN();
  });
});

describe('helpers', () => {
  it('converts milliseconds to 60 Hz frames', () => {
    expect(framesAt60Hz(1000 / 60)).toBeCloseTo(1);
    expect(framesAt60Hz(50)).toBeCloseTo(3);
  });

  it('gives NaN for a ratio against zero', () => {
    expect(ratio(10, 2)).toBe(5);
    expect(ratio(10, 0)).toBeNaN();
  });

  it('drops samples that never arrived', () => {
    expect(present([1, null, 2, Number.NaN])).toEqual([1, 2]);
  });
});
