import { slideAt } from './render';
import type { Slide } from './slides';

const slide = (start: number, end: number): Slide => ({ start, end, texts: [], boxes: [] });

describe('slideAt', () => {
  it('shows each slide from its start second up to the next one', () => {
    const slides = [slide(0, 25), slide(25, 57), slide(57, 79)];
    expect([0, 24, 25, 56, 57, 78].map((s) => slideAt(slides, s))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
