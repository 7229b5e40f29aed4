import {
  buildPassageLink,
  buildTimeLink,
  CLAMP_MARGIN,
  formatUnits,
  parseTimeLink,
} from './time-link';

const DURATION = 553;
const PAGE = 'https://tandem.example/lessons/digital-china-12';

const fromQuery = (search: string) => parseTimeLink(search, '', DURATION);
const fromHash = (hash: string) => parseTimeLink('', hash, DURATION);
const fromLink = (link: string) => {
  const url = new URL(link);
  return parseTimeLink(url.search, url.hash, DURATION);
};

describe('parseTimeLink', () => {
  it('returns null when the link carries no time', () => {
    expect(parseTimeLink('', '', DURATION)).toBeNull();
    expect(parseTimeLink('?lang=zh', '#notes', DURATION)).toBeNull();
  });

  it.each([
    ['?t=271', 271],
    ['?t=4:31', 271],
    ['?t=04:31', 271],
    ['?t=4m31s', 271],
    ['?t=271s', 271],
    ['?t=4m', 240],
    ['?t=1h2m3s', 3723],
    ['?lang=zh&t=90', 90],
    ['t=271', 271],
    ['?t=271.5', 271.5],
  ])('reads the query %s', (search, start) => {
    expect(parseTimeLink(search, '', 4000)).toEqual({ start });
  });

  it.each([
    ['#t=271', { start: 271 }],
    ['#t=04:31', { start: 271 }],
    ['#t=npt:271', { start: 271 }],
    ['#t=npt:04:31.5', { start: 271.5 }],
    ['#t=203,215', { start: 203, end: 215 }],
    ['#t=3:23,3:35', { start: 203, end: 215 }],
    ['#t=,20', { start: 0, end: 20 }],
    ['#t=3%3A23', { start: 203 }],
    ['t=271', { start: 271 }],
  ])('reads the media fragment %s', (hash, expected) => {
    expect(fromHash(hash)).toEqual(expected);
  });

  it('lets the fragment win over the query', () => {
    expect(parseTimeLink('?t=10', '#t=20,30', DURATION)).toEqual({ start: 20, end: 30 });
  });

  it('treats a trailing comma as a start without an end', () => {
    expect(fromHash('#t=203,')).toEqual({ start: 203 });
  });

  it.each([
    ['?t=abc', 'abc'],
    ['?t=-5', '-5'],
    ['?t=NaN', 'NaN'],
    ['?t=Infinity', 'Infinity'],
    ['?t=1e3', '1e3'],
    ['?t=4:61', '4:61'],
    ['?t=1:60:00', '1:60:00'],
    ['?t=1m90s', '1m90s'],
    ['?t=', ''],
    ['#t=1,2,3', '1,2,3'],
    ['#t=,', ','],
    ['#t=smpte:00:01:00', 'smpte:00:01:00'],
  ])('plays %s from the start and says why', (link, raw) => {
    const result = link.startsWith('#') ? fromHash(link) : fromQuery(link);
    expect(result).toMatchObject({ start: 0, problem: { kind: 'unreadable', quoted: `“${raw}”` } });
    expect(result!.end).toBeUndefined();
  });

  it.each([
    ['#t=3:35,3:23', 215, '3:35,3:23'],
    ['#t=203,203', 203, '203,203'],
  ])(
    'plays the backwards range %s from its start, no end, and says it ends first',
    (link, start, raw) => {
      expect(fromHash(link)).toEqual({
        start,
        problem: { kind: 'end-before-start', quoted: `“${raw}”` },
      });
    },
  );

  it('truncates long raw text in the notice', () => {
    const raw = 'x'.repeat(500);
    const quoted = /^“(.*)”$/.exec(fromQuery(`?t=${raw}`)!.problem!.quoted)![1]!;
    expect(Array.from(quoted).length).toBeLessThanOrEqual(40);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('does not split a surrogate pair when truncating', () => {
    const { problem } = fromQuery(`?t=${encodeURIComponent('😀'.repeat(60))}`)!;
    expect(problem!.quoted).toBe(`“${'😀'.repeat(39)}…”`);
  });

  it('clamps a start past the end and says so', () => {
    const result = fromQuery('?t=10m')!;
    expect(result.start).toBe(DURATION - CLAMP_MARGIN);
    expect(result.problem).toEqual({ kind: 'start-past-end', quoted: '“10m”' });
    expect(fromQuery('?t=553')!.start).toBe(DURATION - CLAMP_MARGIN);
  });

  it('clamps an end past the end of the lesson', () => {
    const result = fromHash('#t=540,600')!;
    expect(result).toMatchObject({ start: 540, end: DURATION });
    expect(result.problem).toEqual({ kind: 'end-past-end', quoted: '“540,600”' });
  });

  it('does not clamp when the duration is not known yet', () => {
    expect(parseTimeLink('?t=900', '', Number.NaN)).toEqual({ start: 900 });
  });
});

describe('buildPassageLink', () => {
  it('writes a clock range in the fragment', () => {
    expect(buildPassageLink(PAGE, 203, 215)).toBe(`${PAGE}#t=03:23,03:35`);
  });

  it('drops the time and fragment the page was opened with, keeping other parameters', () => {
    const page = `${PAGE}?lang=zh&t=90#t=10,20`;
    expect(buildPassageLink(page, 203, 215)).toBe(`${PAGE}?lang=zh#t=03:23,03:35`);
  });

  it('round-trips through parseTimeLink', () => {
    expect(fromLink(buildPassageLink(PAGE, 25, 57))).toEqual({ start: 25, end: 57 });
    expect(fromLink(buildPassageLink(PAGE, 0, 25))).toEqual({ start: 0, end: 25 });
    expect(fromLink(buildPassageLink(PAGE, 520, 553))).toEqual({ start: 520, end: 553 });
  });

  it('round-trips many starts and ends, fractions included', () => {
    for (let start = 0; start < DURATION - 1; start += 3.7) {
      const end = Math.min(DURATION, start + 12.25);
      const parsed = fromLink(buildPassageLink(PAGE, start, end))!;
      expect(parsed.problem).toBeUndefined();
      expect(parsed.start).toBeCloseTo(start, 3);
      expect(parsed.end).toBeCloseTo(end, 3);
    }
  });

  it('round-trips times past an hour', () => {
    const link = buildPassageLink(PAGE, 3723, 3725.5);
    expect(link).toBe(`${PAGE}#t=1:02:03,1:02:05.5`);
    expect(parseTimeLink(new URL(link).search, new URL(link).hash, 4000)).toEqual({
      start: 3723,
      end: 3725.5,
    });
  });
});

describe('buildTimeLink', () => {
  it('writes YouTube-style units, floored to the second', () => {
    expect(buildTimeLink(PAGE, 271.9)).toBe(`${PAGE}?t=4m31s`);
    expect(buildTimeLink(`${PAGE}?t=5#t=1,2`, 0)).toBe(`${PAGE}?t=0s`);
  });

  it.each([
    [0, '0s'],
    [59, '59s'],
    [60, '1m'],
    [3600, '1h'],
    [3603, '1h3s'],
    [3723, '1h2m3s'],
  ])('formats %d seconds as %s', (seconds, text) => {
    expect(formatUnits(seconds)).toBe(text);
  });

  it('round-trips every whole second of the lesson and beyond an hour', () => {
    for (let t = 0; t < DURATION; t++)
      expect(fromLink(buildTimeLink(PAGE, t + 0.4))).toEqual({ start: t });
    for (const t of [3599, 3600, 3601, 3723, 7199]) {
      const url = new URL(buildTimeLink(PAGE, t));
      expect(parseTimeLink(url.search, url.hash, 8000)).toEqual({ start: t });
    }
  });
});
