/**
 * Cuts one timed sentence into caption cues. A shortest-path search over the allowed breaks
 * ranks cuttings by, in order: the fewest cuts inside a clause (only where a clause is too
 * long for two lines), the fewest cues, then cues and lines of even length broken at good
 * places. A cue longer than MAX_CUE_SECONDS must be one whole clause, which no clause
 * punctuation can cut (the style guide's exception; such cues are counted).
 */
import {
  type CaptionTextLanguage,
  codePoints,
  LINE_LIMITS,
  MAX_CUE_SECONDS,
} from './caption-limits';
import {
  type BreakKinds,
  breakBonus,
  breakKinds,
  CLAUSE,
  layOut,
  NONE,
  type TextRange,
  WORD,
} from './caption-text';

export interface TimedText {
  /** One sentence, trimmed. */
  text: string;
  kinds: BreakKinds;
  /** Milliseconds at each offset, non-decreasing from the sentence's start to its end. */
  timeAt: (offset: number) => number;
  /** Whether only a whole clause may run longer than MAX_CUE_SECONDS, not a part of one cut
   * at a word boundary; relaxed only where the words themselves are too slow. */
  strict: boolean;
}

export interface Segment {
  startMs: number;
  endMs: number;
  lines: string[];
  /** Clauses the cue holds; a part of a clause cut at a word boundary counts as one. */
  clauses: number;
}

// Tiers of the cost, each far above all that the tiers below can add up to in a sentence.
const WORD_CUT = 1e6;
const CUE = 1e3;
const EVENNESS = 100;
const MAX_MS = MAX_CUE_SECONDS * 1000;

interface Step {
  cost: number;
  from: number;
  segment: Segment | null;
}

function clausesIn(kinds: BreakKinds, from: number, to: number): number {
  let clauses = 1;
  for (let i = from + 1; i < to; i++) if (kinds[i] === CLAUSE) clauses++;
  return clauses;
}

function isWholeClause({ text, kinds }: TimedText, from: number, to: number): boolean {
  return (from === 0 || kinds[from] === CLAUSE) && (to === text.length || kinds[to] === CLAUSE);
}

/** The cue `text[from, to)` would make, with its cost; null where it breaks a limit. */
function cue(input: TimedText, from: number, to: number, language: CaptionTextLanguage) {
  const { text, kinds, timeAt } = input;
  const limit = LINE_LIMITS[language];
  const layout = layOut(text, kinds, from, to, limit, language);
  if (!layout) return null;
  const [startMs, endMs] = [timeAt(from), timeAt(to)];
  if (endMs <= startMs) return null;
  const clauses = clausesIn(kinds, from, to);
  if (
    endMs - startMs > MAX_MS &&
    (clauses > 1 || (input.strict && !isWholeClause(input, from, to)))
  )
    return null;
  const fill = codePoints(layout.lines.join('')) / (limit.maxLine * limit.maxLines);
  const cut = from > 0 && kinds[from] === WORD ? WORD_CUT : 0;
  const placement = from > 0 ? -breakBonus(text, kinds, from, language) : 0;
  const cost = cut + CUE + EVENNESS * fill * fill + layout.cost + placement;
  return { cost, segment: { startMs, endMs, lines: layout.lines, clauses } };
}

/** The best cutting of a sentence into cues, or null when no cutting meets the limits. */
export function segmentSentence(input: TimedText, language: CaptionTextLanguage): Segment[] | null {
  const { text, kinds } = input;
  const limit = LINE_LIMITS[language];
  const longest = limit.maxLine * limit.maxLines + 1;
  const offsets = [0];
  for (let i = 1; i < text.length; i++) if (kinds[i] !== NONE) offsets.push(i);
  offsets.push(text.length);
  const best: (Step | null)[] = offsets.map((_, j) =>
    j === 0 ? { cost: 0, from: -1, segment: null } : null,
  );
  for (let j = 1; j < offsets.length; j++) {
    for (let i = j - 1; i >= 0; i--) {
      // Longer spans only get longer as the start moves back.
      if (codePoints(text.slice(offsets[i], offsets[j]).trim()) > longest) break;
      const before = best[i];
      if (!before) continue;
      const next = cue(input, offsets[i]!, offsets[j]!, language);
      if (!next) continue;
      const cost = before.cost + next.cost;
      if (!best[j] || cost < best[j]!.cost) best[j] = { cost, from: i, segment: next.segment };
    }
  }
  const segments: Segment[] = [];
  for (let j = offsets.length - 1; j > 0;) {
    const step = best[j];
    if (!step) return null;
    segments.unshift(step.segment!);
    j = step.from;
  }
  return segments;
}

export const SPOKEN = /^[\p{L}\p{N}]$/u;
const HAN = /^\p{Script=Han}$/u;
const VISIBLE = /^\S$/u;

/** Running totals of the characters `counted` matches, by UTF-16 offset. */
export function weigh(text: string, counted: RegExp): number[] {
  const totals = [0];
  for (const ch of text) {
    const weight = counted.test(ch) ? 1 : 0;
    for (let k = 0; k < ch.length; k++) totals.push(totals.at(-1)! + (k === 0 ? weight : 0));
  }
  return totals;
}

interface Span {
  startMs: number;
  endMs: number;
}

/** Time at each offset of a sentence spanning `span`, shared out by `totals`. */
function clock(span: Span, totals: number[]): ((offset: number) => number) | null {
  const total = totals.at(-1)!;
  if (total === 0) return null;
  const length = span.endMs - span.startMs;
  return (offset) => span.startMs + Math.round((length * totals[offset]!) / total);
}

const isLowSurrogate = (text: string, i: number) => /[\udc00-\udfff]/.test(text[i] ?? '');

/**
 * The cues of one sentence. Time follows Han characters for Chinese, letters and digits for
 * English; the later attempts serve only text the limits cannot otherwise hold.
 */
export function sentenceSegments(
  text: string,
  span: Span,
  language: CaptionTextLanguage,
  protect: readonly TextRange[],
): Segment[] {
  const kinds = breakKinds(text, language, protect);
  const spoken = clock(span, weigh(text, language === 'zh' ? HAN : SPOKEN));
  const visible = clock(span, weigh(text, VISIBLE)) ?? (() => span.startMs);
  // A word (or term, or number) longer than a caption line has to be cut inside.
  const anywhere = kinds.map((kind, i) =>
    kind || i === 0 || isLowSurrogate(text, i) ? kind : WORD,
  );
  const attempts: TimedText[] = [
    ...(spoken ? [{ text, kinds, timeAt: spoken, strict: true }] : []),
    { text, kinds, timeAt: visible, strict: true },
    // Words so slow that a part of a clause cannot be kept under the limit.
    { text, kinds, timeAt: visible, strict: false },
    { text, kinds: anywhere, timeAt: visible, strict: false },
  ];
  for (const attempt of attempts) {
    const segments = segmentSentence(attempt, language);
    if (segments) return segments;
  }
  return [{ startMs: span.startMs, endMs: span.endMs, lines: [text], clauses: 1 }];
}
