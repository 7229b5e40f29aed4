import fc from 'fast-check';
import {
  buildPassageLink,
  buildTimeLink,
  formatLinkTime,
  formatUnits,
  parseTimeLink,
  parseTimeValue,
  type TimeLink,
} from './time-link';

/**
 * Any code point, lone surrogates included: fast-check 4's stand-in for fullUnicodeString
 * (`unit: 'binary'`) takes seconds to build under vitest, this does not.
 */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

const PAGES = [
  'https://tandem.example/lessons/digital-china-12',
  'https://tandem.example/lessons/digital-china-12?lang=zh',
  'https://tandem.example/lessons/digital-china-12?t=99&lang=zh#t=1,2',
  'http://192.168.1.20:4173/lessons/x?q=a%26t%3D5#notes',
];
/** The page a link is copied from, maybe already opened through a link, maybe with odd params. */
const pageUrl = fc
  .tuple(fc.constantFrom(...PAGES), fc.option(fc.string({ unit: anyCodePoint, maxLength: 12 })))
  .map(([page, extra]) => {
    if (extra === null) return page;
    const url = new URL(page);
    url.searchParams.set('note', extra);
    return url.href;
  });

/**
 * Times up to `max`: whole seconds, milliseconds, and any double (plain fc.double is mostly
 * tiny values, so it alone would rarely give a realistic time), plus `max` itself.
 */
const secondsUpTo = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: Math.floor(max) }),
    fc.integer({ min: 0, max: Math.floor(max * 1000) }).map((ms) => Math.min(max, ms / 1000)),
    fc.double({ min: 0, max, noNaN: true }),
    fc.constant(max),
  );

/** Lesson lengths: whole seconds as the importer writes them, and fractional media lengths. */
const wholeDuration = fc.integer({ min: 1, max: 36_000 });
const duration = fc.oneof(
  wholeDuration,
  fc.integer({ min: 1, max: 36_000_000 }).map((ms) => ms / 1000),
  fc.double({ min: 0.001, max: 36_000, noNaN: true }),
);
const MS = 0.0005 + 1e-9;

/** Any start < end within [0, duration] whose millisecond roundings still differ. */
const rangeIn = (lessonDuration: fc.Arbitrary<number>) =>
  lessonDuration.chain((d) =>
    fc
      .tuple(secondsUpTo(d), secondsUpTo(d))
      .map(([a, b]) => ({ duration: d, start: Math.min(a, b), end: Math.max(a, b) }))
      .filter(({ start, end }) => Math.round(start * 1000) < Math.round(end * 1000)),
  );
const passageRange = rangeIn(duration);

function parseLink(link: string, lessonDuration: number): TimeLink | null {
  const url = new URL(link);
  return parseTimeLink(url.search, url.hash, lessonDuration);
}

const TOKENS = [...'0123456789:hmsHMS,.#?&%=+ ', 'npt:', 't=', '%2C', '%3A', '%E2%80', 'e5'];
const tokenText = fc
  .array(fc.constantFrom(...TOKENS), { maxLength: 16 })
  .map((parts) => parts.join(''));
/** Well-formed times in every spelling, often past the end of the lesson. */
const timeText = fc
  .tuple(secondsUpTo(80_000), fc.integer({ min: 0, max: 3 }))
  .map(
    ([t, form]) =>
      [String(t), formatLinkTime(t), formatUnits(t), `npt:${formatLinkTime(t)}`][form]!,
  );
const rangeText = fc
  .tuple(fc.option(timeText), fc.option(timeText))
  .map(([a, b]) => `${a ?? ''}${b === null ? '' : `,${b}`}`);
const linkPart = fc.oneof(
  timeText.map((text) => `?t=${text}`),
  rangeText.map((text) => `#t=${text}`),
  fc.string(),
  fc.string({ unit: anyCodePoint }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  tokenText,
  tokenText.map((text) => `t=${text}`),
  tokenText.map((text) => `#t=${text}`),
  tokenText.map((text) => `?lang=zh&t=${text}`),
  fc.string({ unit: anyCodePoint, minLength: 30, maxLength: 120 }).map((text) => `t=${text}`),
);

/** The quoted link text of a problem, and the module's limit on it (code points). */
const QUOTED = /^“(.*)”$/su;
const MAX_QUOTED = 40;

describe('link round trips', () => {
  it('a passage link plays the same range, to the millisecond, inside the lesson', () => {
    fc.assert(
      fc.property(passageRange, pageUrl, ({ duration: d, start, end }, page) => {
        const link = parseLink(buildPassageLink(page, start, end), d);
        expect(link).not.toBeNull();
        expect(Math.abs(link!.start - start)).toBeLessThanOrEqual(MS);
        expect(Math.abs(link!.end! - end)).toBeLessThanOrEqual(MS);
        expect(link!.start).toBeGreaterThanOrEqual(0);
        expect(link!.end!).toBeLessThanOrEqual(d);
      }),
      { numRuns: 300 },
    );
  });

  it('a passage link opens without a notice, whole-second or fractional lesson', () => {
    fc.assert(
      fc.property(rangeIn(duration), pageUrl, ({ duration: d, start, end }, page) => {
        expect(parseLink(buildPassageLink(page, start, end), d)?.problem).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('a moment link opens at the moment floored to the second', () => {
    const moment = duration.chain((d) =>
      secondsUpTo(d)
        .filter((time) => time < d)
        .map((time) => ({ duration: d, time })),
    );
    fc.assert(
      fc.property(moment, pageUrl, ({ duration: d, time }, page) => {
        expect(parseLink(buildTimeLink(page, time), d)).toEqual({ start: Math.floor(time) });
      }),
      { numRuns: 300 },
    );
  });

  it('reads back what formatLinkTime and formatUnits write', () => {
    fc.assert(
      fc.property(secondsUpTo(1e7), (t) => {
        expect(Math.abs(parseTimeValue(formatLinkTime(t))! - t)).toBeLessThanOrEqual(MS);
        expect(parseTimeValue(formatUnits(t))).toBe(Math.floor(t));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseTimeLink on any input', () => {
  it('never throws, and gives a start inside the lesson and an end after it', () => {
    fc.assert(
      fc.property(linkPart, linkPart, duration, (search, hash, d) => {
        const link = parseTimeLink(search, hash, d);
        if (link === null) return;
        expect(link.start).toBeGreaterThanOrEqual(0);
        expect(link.start).toBeLessThanOrEqual(d);
        if (link.end !== undefined) {
          expect(link.end).toBeGreaterThan(link.start);
          expect(link.end).toBeLessThanOrEqual(d);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and gives finite times while the duration is still unknown', () => {
    const unknown = fc.constantFrom(0, NaN, Infinity, -1);
    fc.assert(
      fc.property(linkPart, linkPart, unknown, (search, hash, d) => {
        const link = parseTimeLink(search, hash, d);
        if (link === null) return;
        expect(Number.isFinite(link.start) && link.start >= 0).toBe(true);
        if (link.end !== undefined) expect(link.end).toBeGreaterThan(link.start);
      }),
      { numRuns: 200 },
    );
  });

  it('reads any single value as null or finite, non-negative seconds', () => {
    fc.assert(
      fc.property(fc.oneof(linkPart, tokenText, timeText), (text) => {
        const seconds = parseTimeValue(text);
        if (seconds !== null) expect(Number.isFinite(seconds) && seconds >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it(`quotes at most ${MAX_QUOTED} characters of the link and never a longer raw value`, () => {
    fc.assert(
      fc.property(linkPart, linkPart, duration, (search, hash, d) => {
        const notice = parseTimeLink(search, hash, d)?.problem?.quoted;
        if (notice === undefined) return;
        const quoted = QUOTED.exec(notice)?.[1];
        expect(quoted).toBeDefined();
        expect(Array.from(quoted!).length).toBeLessThanOrEqual(MAX_QUOTED);
        const raw = new URLSearchParams(hash.replace(/^#/, '')).get('t') ?? '';
        const fromQuery = new URLSearchParams(search.replace(/^\?/, '')).get('t') ?? '';
        for (const value of [raw, fromQuery, search, hash])
          if (Array.from(value.trim()).length > MAX_QUOTED) expect(notice).not.toContain(value);
      }),
      { numRuns: 400 },
    );
  });
});
