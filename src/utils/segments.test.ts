import { splitBySpans } from './segments';

describe('splitBySpans', () => {
  it('covers the range with spans and the gaps between them', () => {
    const pieces = splitBySpans(0, 10, [
      { start: 2, end: 4, value: 'a' },
      { start: 4, end: 6, value: 'b' },
    ]);
    expect(pieces).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4, value: 'a' },
      { start: 4, end: 6, value: 'b' },
      { start: 6, end: 10 },
    ]);
  });

  it('clips spans reaching outside the range and skips those outside it', () => {
    const pieces = splitBySpans(5, 9, [
      { start: 0, end: 2, value: 'x' },
      { start: 3, end: 6, value: 'y' },
      { start: 8, end: 12, value: 'z' },
    ]);
    expect(pieces).toEqual([
      { start: 5, end: 6, value: 'y' },
      { start: 6, end: 8 },
      { start: 8, end: 9, value: 'z' },
    ]);
  });

  it('returns one plain piece without spans, and none for an empty range', () => {
    expect(splitBySpans(0, 3, [])).toEqual([{ start: 0, end: 3 }]);
    expect(splitBySpans(3, 3, [])).toEqual([]);
  });
});
