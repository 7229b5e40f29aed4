/**
 * Turns a lesson post's plain text (plus its optional editorial sidecar) into a validated
 * Lesson. Pure: strings in, a Lesson or an ImportError (1-based line + reason) out; the CLI in
 * scripts/import-lesson.ts does the reading and writing, and "Add a lesson" runs it on a pasted
 * post. zod/mini, as the lesson schema, so the form's lazy chunk stays small.
 *
 * Text is kept verbatim (typos, curly quotes, ASCII commas in Chinese): the transcript is a
 * translation of record, and the term matcher needs the exact strings the post uses.
 */
import { fail, type Line, lineAt } from './import-error';
import { extraSchema, mergeTerms, parseExtra, parseFootnotes } from './lesson-import-terms';
import { LessonDataError, parseLesson } from './lesson-schema';
import type { Lesson, Passage } from './lesson-schema';
import { formatClock, parseClock } from '@/utils/time';

const TRANSCRIPT_HEADING = 'Video Transcript and Translation:';
const FOOTNOTES_HEADING = 'Footnotes';
const MONTHS =
  'January February March April May June July August September October November December';
const HAN = /\p{Script=Han}/gu;

/** Plain-text posts only: a NUL or an invalid UTF-8 sequence means a binary or mis-encoded file. */
export function decodeSource(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decode marks the first bad sequence with U+FFFD, which gives its line.
    const good = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const bad = good.indexOf('\uFFFD');
    fail(lineAt(good, bad), 'binary', 'not a text file: invalid UTF-8');
  }
}

function isChinese(text: string): boolean {
  return (text.match(HAN)?.length ?? 0) > (text.match(/[A-Za-z]/g)?.length ?? 0);
}

/** "English name (中文名)" → both parts; the last parenthesis holding Han is the Chinese one. */
function splitBilingual(text: string): { en: string; zh: string } | null {
  const m = /^(.*\S) \(([^()]*\p{Script=Han}[^()]*)\)$/u.exec(text);
  return m ? { en: m[1]!, zh: m[2]! } : null;
}

/** "April 11, 2025" → "2025-04-11". */
function isoDate(text: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(text);
  const month = m ? MONTHS.split(' ').indexOf(m[1]!) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

type Header = Omit<Lesson, 'id' | 'sources' | 'captions' | 'passages' | 'terms'>;

/** Header fields must precede the transcript; a missing one is reported at its heading. */
function parseHeader(lines: Line[], heading: Line): Header {
  // `field` names the line as the post writes it; none, the title line.
  const find = (re: RegExp, field?: string) => {
    for (const line of lines) {
      const m = re.exec(line.text);
      if (m) return { line, m };
    }
    return field
      ? fail(heading.n, 'missing-field', `missing ${field} line before the transcript`, { field })
      : fail(heading.n, 'missing-title', 'missing title line before the transcript');
  };
  const field = (label: string) => find(new RegExp(`^${label}[:：]\\s*(.+)$`), `"${label}:"`);
  const title = find(/^“(.+?) (\d+): (.+)” \((.+)\), (.+?) \((.+?)\), (.+)$/);
  const [, seriesEn, number, titleEn, zhTitle, publisherEn, publisherZh, date] = title.m;
  const zh = /^(.+?)之[一二三四五六七八九十]+[:：](.+)$/.exec(zhTitle!);
  if (!zh) fail(title.line.n, 'zh-title', 'Chinese title must read "<series>之<number>:<title>"');
  const published =
    isoDate(date!) ??
    fail(title.line.n, 'date', `"${date}" is not a date like April 11, 2025`, { date: date! });
  const of = find(/\(Lesson (\d+) of (\d+)\)/, '"(Lesson N of M)"');
  if (of.m[1] !== number)
    fail(of.line.n, 'lesson-number', `lesson ${of.m[1]} disagrees with series ${number}`, {
      lesson: of.m[1]!,
      series: number!,
    });
  const speaker = field('Speaker');
  const length = field('Length');
  const duration =
    parseClock(length.m[1]!) || fail(length.line.n, 'length', 'Length must be MM:SS');
  return {
    series: {
      title: { en: seriesEn!, zh: zh[1]! },
      number: Number(number),
      total: Number(of.m[2]),
    },
    title: { en: titleEn!, zh: zh[2]! },
    publisher: { en: publisherEn!, zh: publisherZh! },
    speaker:
      splitBilingual(speaker.m[1]!) ??
      fail(speaker.line.n, 'speaker', 'Speaker must be "English (中文)"'),
    synopsis: { en: field('Synopsis').m[1]!, zh: field('简介').m[1]! },
    published,
    duration,
  };
}

function readStart(clock: Line, previous: number | undefined, duration: number): number {
  const start = parseClock(clock.text);
  const found = clock.text.slice(0, 40);
  if (start === null)
    fail(clock.n, 'timestamp', `expected a MM:SS timestamp, found "${found}"`, { found });
  const time = clock.text;
  if (previous !== undefined && start <= previous) {
    const before = formatClock(previous);
    fail(
      clock.n,
      'timestamp-order',
      `timestamp ${time} is not after the previous one (${before})`,
      {
        time,
        before,
      },
    );
  }
  if (start >= duration) {
    const length = formatClock(duration);
    fail(clock.n, 'timestamp-length', `timestamp ${time} is at or past the Length (${length})`, {
      time,
      length,
    });
  }
  return start;
}

/** Each passage is three lines: MM:SS, English, Chinese. Blank lines are ignored. */
function parsePassages(section: Line[], heading: Line, duration: number): Passage[] {
  const body = section.filter((l) => l.text !== '');
  const first = body.findIndex((l) => parseClock(l.text) !== null);
  if (first < 0)
    fail(heading.n, 'no-timestamps', 'no transcript: no MM:SS timestamp follows the heading');
  const passages: Passage[] = [];
  for (let i = first; i < body.length; i += 3) {
    const [clock, en, zh] = [body[i]!, body[i + 1], body[i + 2]];
    const start = readStart(clock, passages.at(-1)?.start, duration);
    const time = { time: clock.text };
    const where = `passage at ${clock.text}`;
    if (!en || parseClock(en.text) !== null)
      fail(en?.n ?? clock.n, 'no-english', `${where} has no English line`, time);
    if (isChinese(en.text))
      fail(en.n, 'english-is-chinese', `${where}: expected its English line, found Chinese`, time);
    if (!zh || parseClock(zh.text) !== null)
      fail(zh?.n ?? en.n, 'no-chinese', `${where} is missing its Chinese line`, time);
    if (!isChinese(zh.text))
      fail(zh.n, 'chinese-is-other', `${where}: expected its Chinese line, found other text`, time);
    const id = `p${String(passages.length + 1).padStart(2, '0')}`;
    passages.push({ id, start, end: duration, en: en.text, zh: zh.text });
  }
  passages.forEach((p, i) => (p.end = passages[i + 1]?.start ?? duration));
  return passages;
}

function mediaFor(id: string): Pick<Lesson, 'sources' | 'captions'> {
  const caption = (language: 'en' | 'zh' | 'both', srclang: string, label: string) => ({
    src: `/captions/${id}.${language}.vtt`,
    language,
    srclang,
    label,
  });
  return {
    sources: [
      { src: `/media/${id}.webm`, type: 'video/webm' },
      { src: `/media/${id}.mp4`, type: 'video/mp4' },
    ],
    captions: [
      caption('en', 'en', 'English'),
      caption('zh', 'zh-Hans', '中文'),
      caption('both', 'zh-Hans', '中文 + English'),
    ],
  };
}

export interface ImportOptions {
  id: string;
  /** The sidecar's JSON text, when the post has one. */
  extraText?: string;
}

/** The post is checked whole before the sidecar, so its errors come first. */
export function importLesson(text: string, { id, extraText }: ImportOptions): Lesson {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }));
  if (lines.every((l) => l.text === '')) fail(1, 'empty', 'file is empty');
  const nul = lines.find((l) => l.text.includes('\0'));
  if (nul) fail(nul.n, 'binary', 'not a text file: contains NUL bytes');
  const at = lines.findIndex((l) => l.text === TRANSCRIPT_HEADING);
  const last = lines.findLast((l) => l.text !== '')!;
  if (at < 0)
    fail(last.n, 'no-transcript', `no transcript: missing "${TRANSCRIPT_HEADING}" line`, {
      heading: TRANSCRIPT_HEADING,
    });
  const notesAt = lines.findIndex((l, i) => i > at && l.text === FOOTNOTES_HEADING);
  const header = parseHeader(lines.slice(0, at), lines[at]!);
  const transcript = lines.slice(at + 1, notesAt < 0 ? lines.length : notesAt);
  const passages = parsePassages(transcript, lines[at]!, header.duration);
  const footnoted = parseFootnotes(notesAt < 0 ? [] : lines.slice(notesAt + 1));
  const extra = extraText === undefined ? extraSchema.parse({}) : parseExtra(extraText);
  const terms = mergeTerms(footnoted, extra, extraText ?? '');
  try {
    return parseLesson({ id, ...header, ...mediaFor(id), passages, terms });
  } catch (error) {
    // What the schema still finds (a series number past its total, an impossible date) comes
    // from the title lines, so it is reported there.
    if (!(error instanceof LessonDataError)) throw error;
    const title = lines.find((l) => l.text !== '')!;
    const problems = error.problems.join('; ');
    fail(title.n, 'invalid', `the lesson would be invalid: ${problems}`, { problems });
  }
}
