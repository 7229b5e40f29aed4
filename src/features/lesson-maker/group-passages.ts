/**
 * Consecutive units (a Chinese cue with its English, or a lone cue) grouped into passages of
 * about 20–40 s that end at sentence ends and pauses, like the bundled lesson's. A unit is
 * never split. The grouping minimises a cost over the whole lesson (dynamic programming):
 * a passage's length outside 20–40 s costs, and so does ending it mid-sentence or without a
 * pause. A passage holds text in every language the lesson has, so no column is ever empty.
 */
import type { Language } from './detect-layout';

export interface Unit {
  start: number;
  end: number;
  zh: string;
  en: string;
}

/** Units [from, to) spoken from `start` until `end`, the next passage's start. */
export interface PassageRange {
  from: number;
  to: number;
  start: number;
  end: number;
}

const SENTENCE_END: Record<Language, RegExp> = {
  zh: /[。！？!?；;…]["'”’」』）)]*$/u,
  en: /[.!?…]["'”’)\]]*$/u,
};
// Past this a passage is only made longer to keep a language in it.
const LONGEST_SEARCH = 120;
const MID_SENTENCE = 3;

function lengthCost(seconds: number): number {
  const outside = seconds < 20 ? 20 - seconds : seconds > 40 ? seconds - 40 : 0;
  return (outside / 4) ** 2 + ((seconds - 30) / 20) ** 2;
}

/**
 * Whether a language marks sentence ends at all: many Chinese subtitles have no punctuation,
 * and then a cue end says nothing about a sentence.
 */
function punctuated(units: readonly Unit[], language: Language): boolean {
  const texts = units.map((u) => u[language]).filter((t) => t !== '');
  const ends = texts.filter((t) => SENTENCE_END[language].test(t)).length;
  return ends >= texts.length * 0.15;
}

/** The cost of a passage break before unit `i`: mid-sentence in a language, no pause. */
function breakCosts(units: readonly Unit[], languages: readonly Language[]): number[] {
  const marked = languages.filter((l) => punctuated(units, l));
  return units.map((unit, i) => {
    const before = units[i - 1];
    if (!before) return 0;
    const sentence = marked.length
      ? marked.reduce(
          (cost, l) =>
            cost +
            (!before[l] ? MID_SENTENCE / 3 : SENTENCE_END[l].test(before[l]) ? 0 : MID_SENTENCE),
          0,
        ) / marked.length
      : MID_SENTENCE / 3;
    const pause = Math.max(0, unit.start - before.end);
    return sentence + 1.5 * Math.max(0, 1 - pause);
  });
}

/** Passages covering every unit once, in order; the last ends at `duration`. */
export function groupPassages(units: readonly Unit[], duration: number): PassageRange[] {
  const n = units.length;
  const languages = (['zh', 'en'] as const).filter((l) => units.some((u) => u[l] !== ''));
  // counts[l][i]: units before i with text in l, to see whether a passage has each language.
  const counts = languages.map((l) => {
    const sums = [0];
    units.forEach((u) => sums.push(sums.at(-1)! + (u[l] ? 1 : 0)));
    return sums;
  });
  const complete = (from: number, to: number) => counts.every((c) => c[to]! > c[from]!);
  const time = (i: number) => (i < n ? units[i]!.start : duration);
  // A passage may start at unit i only if i starts later than the unit before it.
  const canStart = (i: number) => i === 0 || units[i]!.start > units[i - 1]!.start;
  const breaks = breakCosts(units, languages);
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let to = 1; to <= n; to++) {
    if (to < n && !canStart(to)) continue;
    let found = false;
    for (let i = to - 1; i >= 0; i--) {
      const span = time(to) - time(i);
      if (found && span > LONGEST_SEARCH) break;
      if (!canStart(i) || best[i] === Infinity || !complete(i, to)) continue;
      const cost = best[i]! + lengthCost(span) + (to < n ? breaks[to]! : 0);
      if (cost < best[to]!) [best[to], from[to]] = [cost, i];
      found = true;
    }
  }
  const ranges: PassageRange[] = [];
  for (let to = n; to > 0; to = from[to]!)
    ranges.unshift({ from: from[to]!, to, start: time(from[to]!), end: time(to) });
  return ranges;
}
