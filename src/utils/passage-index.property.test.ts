import fc from 'fast-check';
import { findPassageIndex } from './passage-index';

/** The doc comment's definition, read literally: the last start ≤ t, else -1. */
function linearIndex(starts: readonly number[], t: number): number {
  let found = -1;
  starts.forEach((start, i) => {
    if (start <= t) found = i;
  });
  return found;
}

// SameValueZero: 0 and -0 are one start, or the sorted array would not be strictly increasing.
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const doubleStarts = fc
  .uniqueArray(fc.double({ noNaN: true, noDefaultInfinity: true }), {
    comparator: 'SameValueZero',
    maxLength: 40,
  })
  .map(sorted);
/** Passage starts as lessons have them: whole seconds and milliseconds from zero. */
const lessonStarts = fc
  .uniqueArray(
    fc.oneof(
      fc.integer({ min: 0, max: 36_000 }),
      fc.integer({ min: 0, max: 36_000_000 }).map((ms) => ms / 1000),
    ),
    { maxLength: 200 },
  )
  .map(sorted);
const integerStarts = fc
  .uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 60 })
  .map(sorted);

/** A time anywhere, or on, just before or just after one of the starts (the boundaries). */
const timeFor = (starts: number[]) =>
  fc.oneof(
    fc.double({ noNaN: true }),
    fc.integer({ min: -1000, max: 40_000 }),
    fc.constantFrom(-Infinity, Infinity, -0, 0, -Number.MIN_VALUE),
    ...(starts.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...starts), fc.constantFrom(-1e-9, -Number.EPSILON, 0, 1e-9))
            .map(([start, nudge]) => start + nudge * Math.max(1, Math.abs(start))),
        ]),
  );

const withTime = (startsArb: fc.Arbitrary<number[]>) =>
  startsArb.chain((starts) => fc.tuple(fc.constant(starts), timeFor(starts)));

describe('findPassageIndex properties', () => {
  it.each([
    ['any finite doubles', doubleStarts],
    ['lesson-like starts', lessonStarts],
    ['small integers, negatives included', integerStarts],
  ])('agrees with a linear scan over %s', (_, startsArb) => {
    fc.assert(
      fc.property(withTime(startsArb), ([starts, t]) => {
        expect(findPassageIndex(starts, t)).toBe(linearIndex(starts, t));
      }),
      { numRuns: 400 },
    );
  });

  it('finds each passage at its own start', () => {
    fc.assert(
      fc.property(doubleStarts, (starts) => {
        starts.forEach((start, i) => expect(findPassageIndex(starts, start)).toBe(i));
      }),
      { numRuns: 200 },
    );
  });

  // "The last start ≤ t": no start is ≤ NaN, so NaN finds none, like the intro.
  it('gives -1 for NaN', () => {
    fc.assert(
      fc.property(doubleStarts, (starts) => {
        expect(findPassageIndex(starts, NaN)).toBe(-1);
      }),
      { numRuns: 100 },
    );
  });
});
