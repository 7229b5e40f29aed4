/**
 * Summary statistics for the benchmark. Percentiles use the nearest-rank method: p95 of 20
 * samples is the 19th smallest, a value that was actually observed, so "p95 ≤ 20 ms" means
 * that at least 95 % of the samples were at or under 20 ms. No interpolation between samples.
 */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** The nearest-rank percentile `p` (0–100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/** Milliseconds expressed in frames of a 60 Hz display (16.67 ms each). */
export const framesAt60Hz = (ms: number) => ms / (1000 / 60);

/** `a / b`, or NaN when b is 0 (a ratio against a zero figure says nothing). */
export const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);

/** The values that are numbers, dropping the nulls of samples that never arrived. */
export const present = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null && Number.isFinite(v));
