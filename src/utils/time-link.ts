/**
 * Start (and end) times carried by a lesson link, in the forms people actually paste:
 * YouTube's query habits (`?t=271`, `?t=4m31s`, `?t=1h2m3s`) and the W3C Media Fragments
 * temporal dimension (`#t=271`, `#t=npt:04:31`, `#t=203,215`, `#t=,20`;
 * https://www.w3.org/TR/media-frags/#naming-time). Pure, no DOM beyond `URL`.
 *
 * Leniency, because a teacher's link should work rather than be correct: every time form is
 * accepted in both places, and the fragment wins when both carry a `t` (it is the standard
 * one and the only one with an end). A bad value never throws: it plays from the start and
 * says why, as a problem the page puts in the interface's language.
 */
import { formatClock } from './time';

export interface TimeLink {
  start: number;
  end?: number;
  /** What was wrong when the link's time was unreadable or out of range, its text quoted. */
  problem?: {
    kind: 'unreadable' | 'end-before-start' | 'start-past-end' | 'end-past-end';
    quoted: string;
  };
}

/** A clamped start lands this far before the end, so there is still something to play. */
export const CLAMP_MARGIN = 1;
/** Half a millisecond: the rounding of times written into links. */
const ROUNDING = 0.0005;
const MAX_QUOTED = 40;

const SECONDS = /^(\d+(?:\.\d+)?)$/;
/** npt-hhmmss / npt-mmss, with the loose hours and minutes people type (`4:31`). */
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;
/** YouTube: each unit optional, in order; at least one present (checked by the caller). */
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/i;

/** Seconds from hours/minutes/seconds, null when a lower unit overflows a higher one given. */
function combine(h: string | undefined, m: string | undefined, s: string | undefined) {
  const hours = Number(h ?? 0);
  const minutes = Number(m ?? 0);
  const secs = Number(s ?? 0);
  if (h !== undefined && minutes >= 60) return null;
  if ((h !== undefined || m !== undefined) && secs >= 60) return null;
  return hours * 3600 + minutes * 60 + secs;
}

/** One time value in any accepted form → seconds, or null. */
export function parseTimeValue(text: string): number | null {
  const value = text.trim().replace(/^npt:/i, '');
  let seconds: number | null = null;
  const plain = SECONDS.exec(value);
  const clock = CLOCK.exec(value);
  const units = UNITS.exec(value);
  if (plain) seconds = Number(plain[1]);
  else if (clock) seconds = combine(clock[1], clock[2], clock[3]);
  else if (units && value !== '') seconds = combine(units[1], units[2], units[3]);
  return seconds !== null && Number.isFinite(seconds) ? seconds : null;
}

/**
 * `a`, `a,b`, `,b` or (leniently) `a,` → start and optional end; null when malformed. A range
 * whose end is not after its start keeps its start and says so (`backwards`).
 */
function parseRange(raw: string): { start: number; end?: number; backwards?: true } | null {
  const parts = raw.trim().replace(/^npt:/i, '').split(',');
  if (parts.length > 2) return null;
  const [first = '', second = ''] = parts.map((part) => part.trim());
  if (first === '' && second === '') return null;
  const start = first === '' ? 0 : parseTimeValue(first);
  if (start === null) return null;
  if (second === '') return { start };
  const end = parseTimeValue(second);
  if (end === null) return null;
  if (end <= start) return { start, backwards: true };
  return { start, end };
}

/** Raw link text is shown to the viewer: keep it short (whole code points) and trimmed. */
function quote(raw: string): string {
  const chars = Array.from(raw.trim());
  const shown =
    chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 1).join('')}…` : raw.trim();
  return `“${shown}”`;
}

function readParam(source: string, prefix: string): string | null {
  const params = new URLSearchParams(source.startsWith(prefix) ? source.slice(1) : source);
  return params.get('t');
}

/** Keeps a readable range inside the lesson, explaining any change. */
function clampToDuration(
  range: { start: number; end?: number },
  raw: string,
  duration: number,
): TimeLink {
  if (!(Number.isFinite(duration) && duration > 0)) return range;
  const result: TimeLink = { ...range };
  if (range.start >= duration) {
    result.start = Math.max(0, duration - CLAMP_MARGIN);
    result.problem = { kind: 'start-past-end', quoted: quote(raw) };
  }
  if (range.end !== undefined && range.end > duration) {
    result.end = duration;
    // Links keep milliseconds, rounded: an end within that rounding is the lesson's end.
    if (range.end - duration > ROUNDING && !result.problem)
      result.problem = { kind: 'end-past-end', quoted: quote(raw) };
  }
  return result;
}

/**
 * The time a lesson link asks for, from `location.search` and `location.hash` (with or
 * without their leading `?`/`#`). Null when neither carries a `t`.
 */
export function parseTimeLink(search: string, hash: string, duration: number): TimeLink | null {
  const raw = readParam(hash, '#') ?? readParam(search, '?');
  if (raw === null) return null;
  const range = parseRange(raw);
  if (!range) {
    return { start: 0, problem: { kind: 'unreadable', quoted: quote(raw) } };
  }
  if (range.backwards) {
    const link = clampToDuration({ start: range.start }, raw, duration);
    return { ...link, problem: link.problem ?? { kind: 'end-before-start', quoted: quote(raw) } };
  }
  return clampToDuration(range, raw, duration);
}

/** Clock form for links; fractions (rare) are kept to the millisecond so links round-trip. */
export function formatLinkTime(seconds: number): string {
  const ms = Math.round(Math.max(0, seconds) * 1000);
  const fraction = ms % 1000;
  const clock = formatClock(Math.floor(ms / 1000));
  return fraction === 0
    ? clock
    : `${clock}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}

/** 271 → "4m31s", 3600 → "1h", 0 → "0s": YouTube's spelling, whole seconds. */
export function formatUnits(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${rest ? `${rest}s` : ''}`;
  return text || '0s';
}

/**
 * The page URL without any `t` in its query and without its fragment: a link made from a
 * page opened through another link must not carry the old time along.
 */
function baseUrl(pageUrl: string): URL {
  const url = new URL(pageUrl);
  // Only rewrite the query when needed: URLSearchParams re-encodes every other parameter.
  if (url.searchParams.has('t')) url.searchParams.delete('t');
  url.hash = '';
  return url;
}

/**
 * `https://…/lesson#t=03:23` to a passage, or with its end, `#t=03:23,03:35`, a media-fragment
 * range that plays the passage alone.
 */
export function buildPassageLink(pageUrl: string, start: number, end?: number): string {
  const url = baseUrl(pageUrl);
  url.hash =
    end === undefined
      ? `t=${formatLinkTime(start)}`
      : `t=${formatLinkTime(start)},${formatLinkTime(end)}`;
  return url.href;
}

/** `https://…/lesson?t=4m31s`: a moment, floored to the second as YouTube does. */
export function buildTimeLink(pageUrl: string, time: number): string {
  const url = baseUrl(pageUrl);
  url.searchParams.set('t', formatUnits(time));
  return url.href;
}
