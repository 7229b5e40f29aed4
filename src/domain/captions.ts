/**
 * Caption cues of a lesson, sentence by sentence, within the limits of caption-limits.ts.
 * The sentences and their times are those of sentences.ts, the same the transcript follows,
 * so a caption and the transcript's current sentence change together. A sentence too long or
 * too slow for one cue is cut at clause punctuation, and only where one clause is too long
 * for two lines, at a word boundary (see caption-segment.ts); inside a sentence, time is
 * shared out by spoken text: Han characters for Chinese, letters and digits for English.
 * Pure; the importer writes the caption files from it and the transcript export uses it too.
 */
import { MAX_CUE_SECONDS, type CaptionTextLanguage } from './caption-limits';
import { pairPieces } from './caption-pairing';
import { type Segment, sentenceSegments, SPOKEN, weigh } from './caption-segment';
import type { Lesson, Passage } from './lesson-schema';
import { sentenceTimes, splitSentences } from './sentences';
import { createTermMatcher, type TermMatcher } from './term-matcher';

export type CaptionLanguage = 'en' | 'zh' | 'both';

export interface CueText {
  lines: string[];
  /** Clauses in this cue text; more than one only in a cue of at most MAX_CUE_SECONDS. */
  clauses: number;
  /** The cue text's place among its passage's cue texts in this language; in `both`, one
   * Chinese cue text stays up over consecutive cues while the English changes. */
  piece: number;
}

export interface CaptionCue {
  /** `<passage id>.<n>`, so a cue can be traced back to its passage. */
  id: string;
  passageIndex: number;
  /** Seconds, whole milliseconds. */
  start: number;
  end: number;
  /** What the cue shows: in `both`, the Chinese lines above the English. */
  lines: string[];
  zh: CueText | null;
  en: CueText | null;
}

export type CaptionSource = Pick<Lesson, 'passages' | 'terms'>;

interface Span {
  from: number;
  to: number;
  startMs: number;
  endMs: number;
}

interface Piece extends Segment, CueText {}

const toMs = (seconds: number) => Math.round(seconds * 1000);
// English terms up to this long stay on one line and in one cue; longer ones (up to 66
// characters in Lesson 12) would leave too few places to break a clause.
const KEPT_EN_TERM = 32;

/**
 * A sentence without time of its own (no Han character: sentences.ts gives it none) or
 * without text joins the one before it, or the first one after it.
 */
function joinEmpty(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  let carry: number | null = null;
  for (const span of spans) {
    const empty = span.endMs <= span.startMs || !text.slice(span.from, span.to).trim();
    const last = joined.at(-1);
    if (empty && last) last.to = span.to;
    else if (empty) carry ??= span.from;
    else joined.push({ ...span, from: carry ?? span.from });
    if (!empty) carry = null;
  }
  return joined;
}

/** Unpaired English (its sentences do not match the Chinese ones): timed by its own length. */
function spreadOverPassage(passage: Passage): Span[] {
  const ranges = splitSentences(passage.en, 'en');
  const weights = ranges.map((r) => weigh(passage.en.slice(r.start, r.end), SPOKEN).at(-1)!);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const [start, end] = [toMs(passage.start), toMs(passage.end)];
  let done = 0;
  return ranges.map((r, i) => {
    const startMs = start + Math.round(((end - start) * done) / total);
    done += weights[i]!;
    return {
      from: r.start,
      to: r.end,
      startMs,
      endMs: start + Math.round(((end - start) * done) / total),
    };
  });
}

function sentenceSpans(passage: Passage, language: CaptionTextLanguage): Span[] {
  const times = sentenceTimes(passage);
  const timed = language === 'zh' ? times.zh : times.en;
  const spans = timed
    ? timed.map((s) => ({
        from: s.start,
        to: s.end,
        startMs: toMs(s.time),
        endMs: toMs(s.endTime),
      }))
    : spreadOverPassage(passage);
  return joinEmpty(passage[language], spans);
}

function passagePieces(
  passage: Passage,
  language: CaptionTextLanguage,
  matcher: TermMatcher,
): Piece[] {
  const full = passage[language];
  // Never inside a Chinese key term; inside an English one only if it is long.
  const terms = matcher
    .match(full, language)
    .filter((t) => language === 'zh' || t.end - t.start <= KEPT_EN_TERM);
  return sentenceSpans(passage, language)
    .flatMap((span) => {
      const from =
        span.from +
        (full.slice(span.from, span.to).length - full.slice(span.from, span.to).trimStart().length);
      const text = full.slice(from, span.to).trim();
      const protect = terms
        .filter((t) => t.end > from && t.start < span.to)
        .map((t) => ({
          start: Math.max(0, t.start - from),
          end: Math.min(text.length, t.end - from),
        }));
      return sentenceSegments(text, span, language, protect);
    })
    .map((segment, piece) => ({ ...segment, piece }));
}

const cueText = ({ lines, clauses, piece }: Piece): CueText => ({ lines, clauses, piece });

/** Every cue of a lesson's track in `language`, in time order. */
export function buildCaptionCues(lesson: CaptionSource, language: CaptionLanguage): CaptionCue[] {
  const matcher = createTermMatcher(lesson.terms);
  return lesson.passages.flatMap((passage, passageIndex) => {
    const zh = language === 'en' ? [] : passagePieces(passage, 'zh', matcher);
    const en = language === 'zh' ? [] : passagePieces(passage, 'en', matcher);
    const timed =
      language === 'both'
        ? pairPieces(zh, en)
        : (language === 'zh' ? zh : en).map((p) => ({
            ...p,
            zh: language === 'zh' ? p : null,
            en: language === 'en' ? p : null,
          }));
    return timed.map((t, k) => {
      const [zhText, enText] = [t.zh && cueText(t.zh), t.en && cueText(t.en)];
      return {
        id: `${passage.id}.${k + 1}`,
        passageIndex,
        start: t.startMs / 1000,
        end: t.endMs / 1000,
        lines: [...(zhText?.lines ?? []), ...(enText?.lines ?? [])],
        zh: zhText,
        en: enText,
      };
    });
  });
}

/** Cues longer than MAX_CUE_SECONDS: each holds a single clause with nowhere to cut it. */
export function longCues(cues: readonly CaptionCue[]): CaptionCue[] {
  return cues.filter((c) => toMs(c.end) - toMs(c.start) > MAX_CUE_SECONDS * 1000);
}
