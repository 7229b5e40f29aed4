/**
 * Checks caption cues against the professional limits from what a viewer sees, the lines and
 * times alone: the same check for cues from the builder, the caption files on disk and the
 * exports. The numbers are written out here, not taken from the builder's caption-limits.ts,
 * so that loosening those would fail the tests.
 */
import webvtt from 'webvtt-parser';
import { createTermMatcher, type TermForms } from '@/domain/term-matcher';

export type CheckedLanguage = 'en' | 'zh' | 'both';

export interface CheckedCue {
  start: number;
  end: number;
  lines: readonly string[];
  /** Which lines are which language, where known (the builder says; a file does not). */
  zh?: { lines: readonly string[] } | null;
  en?: { lines: readonly string[] } | null;
}

const LINE_LIMITS = { zh: { maxLine: 16, maxLines: 2 }, en: { maxLine: 42, maxLines: 2 } };
const MAX_TOTAL_LINES = 4;
const MAX_CUE_SECONDS = 7;
const CLAUSE_MARKS = new Set([...'，；：、,;:']);
const codePoints = (text: string) => Array.from(text).length;
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const NUMBER =
  /[A-Za-z]*[0-9０-９]+(?:[.,:~～\-–/][0-9０-９]+)*(?:[%％‰]|[万亿千百]+)?[A-Za-z]*[年月日倍]?/g;
const ENDS = /[，；：、,;:。！？.!?…][”’"'」』）)\]》]*$/u;
const ms = (seconds: number) => Math.round(seconds * 1000);

/**
 * A cue's Chinese and English lines; in a one-language track every line is that language.
 * From a file, the English lines are the last ones with Latin letters and no Han character or
 * full-width mark ("63.6%！" alone is Chinese).
 */
export function splitLines(cue: CheckedCue, language: CheckedLanguage) {
  if (language !== 'both')
    return {
      zh: language === 'zh' ? [...cue.lines] : [],
      en: language === 'en' ? [...cue.lines] : [],
    };
  if (cue.zh !== undefined || cue.en !== undefined)
    return { zh: [...(cue.zh?.lines ?? [])], en: [...(cue.en?.lines ?? [])] };
  const english = (line: string) => /[A-Za-z]/.test(line) && !CJK.test(line);
  const split = cue.lines.findLastIndex((line) => !english(line)) + 1;
  return { zh: cue.lines.slice(0, split), en: cue.lines.slice(split) };
}

/** Whether a clause mark other than the last one sits inside the text ("1,000" is a number). */
function holdsClauseBreak(text: string): boolean {
  const body = text.replace(ENDS, '');
  return [...body].some(
    (ch, i, all) =>
      CLAUSE_MARKS.has(ch) && !(/\d/.test(all[i - 1] ?? '') && /\d/.test(all[i + 1] ?? '')),
  );
}

/** Term and number occurrences that the break between two Chinese lines cuts through. */
function brokenWords(lines: readonly string[], matcher: ReturnType<typeof createTermMatcher>) {
  if (lines.length < 2) return [];
  const text = lines.join('');
  const at = lines[0]!.length;
  const cut = (start: number, end: number) => start < at && at < end;
  const numbers = Array.from(text.matchAll(NUMBER), (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  return [...matcher.match(text, 'zh'), ...numbers]
    .filter((m) => cut(m.start, m.end))
    .map((m) => m.text);
}

/** Every way `cues` break the limits, as readable lines; empty when they meet them all. */
export function captionProblems(
  cues: readonly CheckedCue[],
  language: CheckedLanguage,
  terms: readonly TermForms[] = [],
): string[] {
  const matcher = createTermMatcher(terms);
  const problems: string[] = [];
  let previousEnd = -Infinity;
  const lastText = { zh: '', en: '' };
  cues.forEach((cue, i) => {
    const say = (problem: string) => problems.push(`cue ${i + 1} (${cue.start}s): ${problem}`);
    if (ms(cue.end) <= ms(cue.start)) say('ends before it starts');
    if (ms(cue.start) < ms(previousEnd)) say('starts before the previous cue ends');
    previousEnd = cue.end;
    const parts = splitLines(cue, language);
    if (cue.lines.length > MAX_TOTAL_LINES) say(`${cue.lines.length} lines`);
    if ([...parts.zh, ...parts.en].join('\n') !== cue.lines.join('\n'))
      say('English above Chinese');
    if (language === 'both' && (!parts.zh.length || !parts.en.length)) say('a language missing');
    const long = ms(cue.end) - ms(cue.start) > MAX_CUE_SECONDS * 1000;
    for (const key of ['zh', 'en'] as const) {
      const lines = parts[key];
      if (!lines.length) continue;
      const limit = LINE_LIMITS[key];
      if (lines.length > limit.maxLines) say(`${lines.length} ${key} lines`);
      for (const line of lines)
        if (codePoints(line) > limit.maxLine) say(`${key} line of ${codePoints(line)}: ${line}`);
      const text = lines.join(key === 'zh' ? '' : ' ');
      if (long && holdsClauseBreak(text))
        say(`longer than ${MAX_CUE_SECONDS} s with clauses: ${text}`);
      const startsClause = text === lastText[key] || !lastText[key] || ENDS.test(lastText[key]);
      if (long && !(startsClause && ENDS.test(text)))
        say(`longer than ${MAX_CUE_SECONDS} s but part of a clause: ${text}`);
      if (text !== lastText[key]) lastText[key] = text;
      if (key === 'zh')
        for (const word of brokenWords(lines, matcher)) say(`line break inside ${word}`);
    }
  });
  return problems;
}

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A WebVTT file as the W3C validator reads it: its errors, and its cues as a viewer sees them. */
export function readWebVtt(text: string) {
  const { cues, errors } = new webvtt.WebVTTParser().parse(text, 'subtitles');
  return {
    errors: errors.map((e) => `line ${e.line}: ${e.message}`),
    cues: cues.map((c) => ({
      id: c.id,
      start: c.startTime,
      end: c.endTime,
      lines: unescape(c.text).split('\n'),
    })),
  };
}

/** The cues of an SRT file: number, `00:00:25,000 --> 00:00:28,903`, lines. */
export function readSrt(text: string): (CheckedCue & { id: string })[] {
  const seconds = (t: string) => {
    const [h, m, s] = t.replace(',', '.').split(':').map(Number);
    return Math.round((h! * 3600 + m! * 60 + s!) * 1000) / 1000;
  };
  return text
    .trimEnd()
    .split('\n\n')
    .map((block) => {
      const [id, timing, ...lines] = block.split('\n');
      const [start, end] = timing!.split(' --> ').map(seconds);
      return { id: id!, start: start!, end: end!, lines };
    });
}
