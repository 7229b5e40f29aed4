/**
 * The bilingual track: the Chinese and English cues of a passage shown together. Each
 * language keeps its own cuts (English needs about three times the characters for the same
 * speech, so it changes more often); a bilingual cue runs from any cut to the next, showing
 * the Chinese and the English cue of that moment, so the Chinese line stays up while the
 * English under it moves on. An English cut that falls just beside a Chinese one moves onto
 * it, so the two lines change together instead of a moment apart.
 */
import { MAX_CUE_SECONDS } from './caption-limits';

export interface TimedPiece {
  startMs: number;
  endMs: number;
}

export interface PairedPiece<Z, E> {
  startMs: number;
  endMs: number;
  zh: Z;
  en: E;
}

/** An English cut this close to a Chinese one (ms) moves onto it. */
const SNAP_MS = 800;
/** ...unless that leaves an English cue shorter than this (or than it was). */
const MIN_MS = 1000;
const MAX_MS = MAX_CUE_SECONDS * 1000;

function nearest(edges: readonly number[], time: number): number {
  let best = edges[0]!;
  for (const edge of edges) if (Math.abs(edge - time) < Math.abs(best - time)) best = edge;
  return best;
}

/**
 * Whether an English cue may change from `before` ms long to `after`. One already longer than
 * MAX_MS is a whole clause, allowed to be long.
 */
function keepsLimits(before: number, after: number): boolean {
  return after >= Math.min(MIN_MS, before) && (after <= MAX_MS || before > MAX_MS);
}

function snappedEnglishEdges(zhEdges: readonly number[], en: readonly TimedPiece[]): number[] {
  const edges = [en[0]!.startMs, ...en.map((p) => p.endMs)];
  for (let k = 1; k < edges.length - 1; k++) {
    const [prev, edge, next] = [edges[k - 1]!, edges[k]!, edges[k + 1]!];
    const target = nearest(zhEdges, edge);
    if (Math.abs(target - edge) > SNAP_MS) continue;
    if (!keepsLimits(edge - prev, target - prev) || !keepsLimits(next - edge, next - target))
      continue;
    edges[k] = target;
  }
  return edges;
}

/**
 * Pairs the cues of one passage; both lists cover the same span without gaps. Every paired
 * cue lies inside one cue of each language, so it is no longer than either.
 */
export function pairPieces<Z extends TimedPiece, E extends TimedPiece>(
  zh: readonly Z[],
  en: readonly E[],
): PairedPiece<Z, E>[] {
  if (zh.length === 0 || en.length === 0) return [];
  const zhEdges = [zh[0]!.startMs, ...zh.map((p) => p.endMs)];
  const enEdges = snappedEnglishEdges(zhEdges, en);
  const cuts = [...new Set([...zhEdges, ...enEdges])].sort((a, b) => a - b);
  const paired: PairedPiece<Z, E>[] = [];
  let z = 0;
  let e = 0;
  for (let k = 0; k < cuts.length - 1; k++) {
    const [startMs, endMs] = [cuts[k]!, cuts[k + 1]!];
    while (z < zh.length - 1 && zh[z]!.endMs <= startMs) z++;
    while (e < en.length - 1 && enEdges[e + 1]! <= startMs) e++;
    paired.push({ startMs, endMs, zh: zh[z]!, en: en[e]! });
  }
  return paired;
}
