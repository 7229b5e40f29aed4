import { keyframeTimes, slideAt } from './render';
import type { Slide } from './slide-layout';

const slide = (start: number, end: number): Slide => ({ start, end, texts: [], boxes: [] });

describe('slideAt', () => {
  it('shows each slide from its start second up to the next one', () => {
    const slides = [slide(0, 25), slide(25, 57), slide(57, 79)];
    expect([0, 24, 25, 56, 57, 78].map((s) => slideAt(slides, s))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('keyframeTimes', () => {
  const slides = [slide(0, 25), slide(25, 57), slide(57, 60)];
  const times = keyframeTimes(slides, 2);

  it('puts a keyframe on every slide start, even an odd second', () => {
    for (const s of slides) expect(times).toContain(s.start);
  });

  it('leaves no more than the gap between keyframes, and none closer than a frame', () => {
    const gaps = [...times, 60].slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1);
    expect(times.slice(0, 3)).toEqual([0, 2, 4]);
    expect(times.filter((t) => t >= 23 && t <= 30)).toEqual([24, 25, 27, 29]);
  });
});
