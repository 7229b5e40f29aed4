/**
 * Turns a lesson post's plain text (plus its optional editorial sidecar) into a validated
 * Lesson. Pure: strings in, a Lesson or an ImportError (1-based line + reason) out; the CLI in
 * scripts/import-lesson.ts does the reading and writing, and "Add a lesson" runs it on a pasted
 * post. zod/mini, as the lesson schema, so the form's lazy chunk stays small.
 *
 * Text is kept verbatim (typos, curly quotes, ASCII commas in Chinese): the transcript is a
 * translation of record, and the term matcher needs the exact strings the post uses.
 */
import * as z from 'zod/mini';
import { LessonDataError, parseLesson } from './lesson-schema';
import type { Lesson, Passage, Term } from './lesson-schema';
import { formatClock, parseClock } from '@/utils/time';

/**
 * What is wrong with a post, as a code the interface words in its own language with `values`;
 * `reason` is the English the CLI prints. The sidecar's problems (`extra`) are the CLI's alone.
 */
export type ImportProblem =
  | 'binary'
  | 'empty'
  | 'no-transcript'
  | 'missing-title'
  | 'missing-field'
  | 'zh-title'
  | 'date'
  | 'lesson-number'
  | 'length'
  | 'speaker'
  | 'timestamp'
  | 'timestamp-order'
  | 'timestamp-length'
  | 'no-timestamps'
  | 'no-english'
  | 'english-is-chinese'
  | 'no-chinese'
  | 'chinese-is-other'
  | 'footnote-line'
  | 'footnote-zh'
  | 'footnote-definition'
  | 'footnote-id'
  | 'footnote-repeat'
  | 'invalid'
  | 'extra';

export type ImportValues = Record<string, string | number>;

export class ImportError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    /** The sidecar has its own line numbers, so the CLI must name the right file. */
    readonly origin: 'post' | 'extra' = 'post',
    readonly problem: ImportProblem = 'extra',
    readonly values: ImportValues = {},
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'ImportError';
  }
}

interface Line {
  n: number;
  text: string;
}

const TRANSCRIPT_HEADING = 'Video Transcript and Translation:';
const FOOTNOTES_HEADING = 'Footnotes';
const MONTHS =
  'January February March April May June July August September October November December';
const HAN = /\p{Script=Han}/gu;

function fail(
  line: number,
  problem: ImportProblem,
  reason: string,
  values: ImportValues = {},
): never {
  throw new ImportError(line, reason, 'post', problem, values);
}

export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

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

function lineAt(text: string, index: number): number {
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
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

/**
 * Splits a footnote body at its last "see"/"See" clause into definition, separator and
 * citation, so that definition + separator + citation is the body exactly. A bare comma before
 * "see" joins the separator (it punctuates the reference, not the definition); a comma inside a
 * closing quote (`,” see`) stays, since removing it would change the quotation.
 */
export function splitCitation(body: string) {
  const last = [...body.matchAll(/,?\s[Ss]ee\s/g)].at(-1);
  if (!last) return { definition: body, separator: '', citation: null };
  const end = last.index + last[0].length;
  return { definition: body.slice(0, last.index), separator: last[0], citation: body.slice(end) };
}

/** "- term (中文). body ↩︎": the English term has no full stop, so a later "(…)." in the body
 * cannot be taken for the heading; the ↩︎ back-link is page chrome and is dropped. */
const FOOTNOTE =
  /^- ([^.]+?) \(([^()]*\p{Script=Han}[^()]*)\)\.?\s*(.*?)(?:\s*↩[\uFE0E\uFE0F]?)?$/u;

function parseFootnote(line: Line, footnote: number): Term {
  if (!line.text.startsWith('- '))
    fail(line.n, 'footnote-line', 'expected a footnote line starting with "- "');
  const m = FOOTNOTE.exec(line.text);
  const n = { footnote };
  if (!m)
    fail(
      line.n,
      'footnote-zh',
      `footnote ${footnote} has no "(中文)" term after its English term`,
      n,
    );
  if (!m[3]) fail(line.n, 'footnote-definition', `footnote ${footnote} has no definition`, n);
  const { definition, citation } = splitCitation(m[3]);
  const id = kebab(m[1]!);
  if (!id)
    fail(
      line.n,
      'footnote-id',
      `footnote ${footnote}'s English term needs a Latin letter or digit`,
      n,
    );
  return {
    id,
    en: m[1]!,
    zh: m[2]!,
    aliases: { en: [], zh: [] },
    footnote,
    definition,
    citations: citation ? [citation] : [],
  };
}

function parseFootnotes(section: Line[]): Term[] {
  const lines = section.filter((l) => l.text !== '');
  const terms = lines.map((line, i) => parseFootnote(line, i + 1));
  terms.forEach((term, i) => {
    const first = terms.findIndex((t) => t.id === term.id);
    if (first !== i)
      fail(
        lines[i]!.n,
        'footnote-repeat',
        `footnote ${i + 1} repeats the term "${term.en}" of footnote ${first + 1}`,
        { footnote: i + 1, term: term.en, first: first + 1 },
      );
  });
  return terms;
}

const names = z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []);
const aliasSchema = z.strictObject({ en: names, zh: names, note: z.optional(z.string()) });
const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** The editorial sidecar; `note` fields are for the editor and are not copied to the lesson. */
export const extraSchema = z.strictObject({
  aliases: z._default(z.record(z.string(), aliasSchema), {}),
  terms: z._default(
    z.array(
      z.strictObject({
        en: nonEmpty,
        zh: nonEmpty,
        aliases: z._default(aliasSchema, { en: [], zh: [] }),
        note: z.optional(z.string()),
      }),
    ),
    [],
  ),
});
export type Extra = z.infer<typeof extraSchema>;

/** Sidecar errors carry their own line: the line of the offending key, when it can be found. */
export function parseExtra(text: string): Extra {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    throw new ImportError(lineAt(text, Number(pos ?? -1)), `invalid JSON: ${String(e)}`, 'extra');
  }
  const result = extraSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.findLast((p) => typeof p === 'string');
  const line = lineAt(text, key ? text.indexOf(`"${key}"`) : -1);
  throw new ImportError(line, `${issue.path.join('.') || '(root)'}: ${issue.message}`, 'extra');
}

function mergeTerms(footnoted: Term[], extra: Extra, extraText: string): Term[] {
  const known = new Set(footnoted.map((t) => t.id));
  const where = (id: string) => lineAt(extraText, extraText.indexOf(`"${id}"`));
  for (const id of Object.keys(extra.aliases))
    if (!known.has(id)) throw new ImportError(where(id), `no footnoted term "${id}"`, 'extra');
  const aliased = footnoted.map((t) => {
    const alias = extra.aliases[t.id];
    return alias ? { ...t, aliases: { en: alias.en, zh: alias.zh } } : t;
  });
  const added = extra.terms.map((t): Term => {
    const id = kebab(t.en);
    if (known.has(id)) throw new ImportError(where(t.en), `duplicate term "${id}"`, 'extra');
    known.add(id);
    const aliases = { en: t.aliases.en, zh: t.aliases.zh };
    return { id, en: t.en, zh: t.zh, aliases, footnote: null, definition: null, citations: [] };
  });
  return [...aliased, ...added];
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
