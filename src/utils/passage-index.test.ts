import { findPassageIndex } from './passage-index';

const starts = [25, 57, 79, 108];

function linearScan(list: readonly number[], t: number) {
  let index = -1;
  list.forEach((s, i) => {
    if (s <= t) index = i;
  });
  return index;
}

describe('findPassageIndex', () => {
  it('finds no passage during the intro', () => {
    expect(findPassageIndex(starts, 0)).toBe(-1);
    expect(findPassageIndex(starts, 24.999)).toBe(-1);
  });

  it('switches exactly at a start and holds until the next', () => {
    expect(findPassageIndex(starts, 25)).toBe(0);
    expect(findPassageIndex(starts, 56.99)).toBe(0);
    expect(findPassageIndex(starts, 57)).toBe(1);
    expect(findPassageIndex(starts, 10_000)).toBe(3);
  });

  it('handles an empty list', () => {
    expect(findPassageIndex([], 5)).toBe(-1);
  });

  it('agrees with a linear scan on many times and lengths', () => {
    for (let n = 0; n < 40; n++) {
      const list = Array.from({ length: n }, (_, i) => i * 3 + (i % 2));
      for (let t = -2; t < n * 3 + 4; t += 0.5) {
        expect(findPassageIndex(list, t)).toBe(linearScan(list, t));
      }
    }
  });
});
