/**
 * Index of the passage playing at time `t`: the last start ≤ t, found by binary search.
 * -1 before the first start (the intro) or when there are no passages. Passages run until the
 * next start; the last one runs to the end, so no end times are needed.
 */
export function findPassageIndex(starts: readonly number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
