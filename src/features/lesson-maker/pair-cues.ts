/**
 * Two languages cut into cues differently, paired by time: each English cue goes to the
 * Chinese cue it overlaps most (the earlier on a tie), or stands alone where it overlaps
 * none, so every cue of either language lands in exactly one pair. Both lists must be in time
 * order without overlaps (cue-streams.ts checks that); then the pairs keep both orders.
 */
export interface Timed {
  start: number;
  end: number;
}

export interface CuePair<T extends Timed> {
  start: number;
  end: number;
  zh: T | null;
  en: T[];
}

const overlap = (a: Timed, b: Timed) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The index of the Chinese cue that `cue` overlaps most, or -1; `from` only moves forward. */
function bestMatch<T extends Timed>(zh: readonly T[], cue: Timed, from: number): number {
  let best = -1;
  let most = 0;
  for (let k = from; k < zh.length && zh[k]!.start < cue.end; k++) {
    const shared = overlap(zh[k]!, cue);
    if (shared > most) [best, most] = [k, shared];
  }
  return best;
}

export function pairCues<T extends Timed>(zh: readonly T[], en: readonly T[]): CuePair<T>[] {
  const pairs: CuePair<T>[] = zh.map((cue) => ({
    start: cue.start,
    end: cue.end,
    zh: cue,
    en: [],
  }));
  const alone: CuePair<T>[] = [];
  let from = 0;
  for (const cue of en) {
    while (from < zh.length && zh[from]!.end <= cue.start) from++;
    const k = bestMatch(zh, cue, from);
    if (k < 0) {
      alone.push({ start: cue.start, end: cue.end, zh: null, en: [cue] });
      continue;
    }
    const pair = pairs[k]!;
    pair.en.push(cue);
    pair.end = Math.max(pair.end, cue.end);
  }
  // A lone English cue overlaps no Chinese one, so its start never ties with a pair's.
  return [...pairs, ...alone].sort((a, b) => a.start - b.start);
}
