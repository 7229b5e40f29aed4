import { tickPath } from './tick-path';

const ticks = (path: string) => path.match(/M/g)?.length ?? 0;

describe('tickPath', () => {
  it('draws one tick per time while they fit', () => {
    expect(tickPath([0, 30.5, 271.333], 553, 400)).toBe('M0 0V1M30.5 0V1M271.33 0V1');
  });

  it('draws no more ticks than the bar can show, however many times there are', () => {
    const times = Array.from({ length: 10_000 }, (_, i) => i * 0.5);
    const path = tickPath(times, 5_000, 400);
    expect(ticks(path)).toBeLessThanOrEqual(400);
    expect(ticks(path)).toBeGreaterThan(300);
    // Spread over the whole bar, not bunched at its start.
    const last = Number(path.match(/M([\d.]+) 0V1$/)![1]);
    expect(last).toBeGreaterThan(4980);
  });

  it('leaves out times outside the lesson', () => {
    expect(ticks(tickPath([-1, 10, 600], 553, 400))).toBe(1);
  });
});
