import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatClock } from '@/utils/time';
import { ImportError } from '@/domain/import-error';
import { splitCitation } from '@/domain/lesson-import-terms';
import { decodeSource, importLesson } from '@/domain/lesson-importer';

// A string, not a URL object: jsdom's URL class is not the one Node's fileURLToPath accepts.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const POST = join(ROOT, 'data/sources/digital-china-12.txt');
const EXTRA = join(ROOT, 'data/sources/digital-china-12.extra.json');
const source = readFileSync(POST, 'utf8');
const extraText = readFileSync(EXTRA, 'utf8');
const sourceLines = source.split('\n');
const lesson = importLesson(source, { id: 'digital-china-12', extraText });

/** The real post with one edit; `lines[n - 1]` is line n. */
function edited(edit: (lines: string[]) => void): string {
  const lines = source.split('\n');
  edit(lines);
  return lines.join('\n');
}

function importError(text: string, extra?: string): ImportError {
  try {
    importLesson(text, { id: 'broken', extraText: extra });
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('importLesson on the real post', () => {
  it('reads the title block, speaker, length, synopsis and date', () => {
    expect(lesson.series).toEqual({
      title: { en: 'Digital China Construction Series', zh: '数字中国建设系列' },
      number: 12,
      total: 13,
    });
    expect(lesson.title).toEqual({
      en: 'Build an Open and Win-Win Pattern of International Cooperation in the Digital Domain',
      zh: '构建开放共赢的数字领域国际合作格局',
    });
    expect(lesson.publisher).toEqual({
      en: 'Beijing Party Member Education Network',
      zh: '北京党员教育网',
    });
    expect(lesson.speaker).toEqual({
      en: 'Beijing Guoheng Zhilin Cultural Communication Co., Ltd.',
      zh: '北京国恒智林文化传播有限公司',
    });
    expect(lesson.published).toBe('2025-04-11');
    expect(lesson.duration).toBe(553);
    expect(lesson.synopsis.en).toBe(sourceLines[22]!.slice('Synopsis: '.length));
    expect(lesson.synopsis.zh).toBe(sourceLines[23]!.slice('简介:'.length));
  });

  it('has 20 passages from 00:25 to 08:40, each ending where the next starts', () => {
    const { passages } = lesson;
    expect(passages).toHaveLength(20);
    expect(passages.map((p) => p.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`),
    );
    const clocks = sourceLines.filter((l) => /^\d\d:\d\d$/.test(l));
    expect(passages.map((p) => formatClock(p.start))).toEqual(clocks);
    expect(passages.map((p) => p.end)).toEqual([...passages.slice(1).map((p) => p.start), 553]);
  });

  it('keeps every passage verbatim: the two lines after its timestamp in the source', () => {
    for (const p of lesson.passages) {
      const at = sourceLines.indexOf(formatClock(p.start), 27);
      expect(p.en).toBe(sourceLines[at + 1]);
      expect(p.zh).toBe(sourceLines[at + 2]);
    }
  });

  it('splits each of the 7 footnotes into definition and citation with nothing lost', () => {
    const footnoted = lesson.terms.filter((t) => t.footnote !== null);
    const notes = sourceLines.filter((l) => l.startsWith('- '));
    expect(footnoted.map((t) => t.footnote)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(notes).toHaveLength(7);
    footnoted.forEach((term, i) => {
      const line = notes[i]!;
      expect(line.startsWith(`- ${term.en} (${term.zh}). `)).toBe(true);
      const body = line.slice(line.indexOf('). ') + 3).replace(/ ↩\uFE0E?$/, '');
      expect(term.citations).toHaveLength(1);
      const rebuilt = [' See ', ' see ', ', see '].map(
        (separator) => term.definition + separator + term.citations[0],
      );
      expect(rebuilt).toContain(body);
      expect(splitCitation(body)).toMatchObject({ definition: term.definition });
    });
    expect(footnoted[0]!.citations).toEqual([
      '“Inside Digital China (11/13): Digital Governance Ecosystem.”',
    ]);
    expect(footnoted[4]!.citations).toEqual([
      'Stella Chen, “Discourse Power,” The China Media Project Dictionary, May 30, 2022.',
    ]);
  });

  it('gives terms kebab-case ids from the English and merges the sidecar', () => {
    const ids = lesson.terms.map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual([
      'digital-governance-ecosystem',
      'international-cooperation-in-the-digital-domain',
      'environment-for-global-digitalized-development',
    ]);
    expect(ids).toContain('silk-road-e-commerce');
    const silkRoad = lesson.terms.find((t) => t.id === 'digital-silk-road');
    expect(silkRoad).toMatchObject({ footnote: null, definition: null, citations: [] });
    const space = lesson.terms.find((t) => t.footnote === 7);
    expect(space?.aliases.zh).toEqual(['数字领域国际合作空间']);
  });

  it('finds every term form and alias in the transcript, except footnote headings the text never uses', () => {
    // The post's footnote headings name these forms; the spoken text uses the aliases instead.
    const notInText = [
      'environment for (global) digitalized development',
      'international discourse power',
    ];
    const transcript = lesson.passages.map((p) => `${p.en}\n${p.zh}`).join('\n');
    for (const term of lesson.terms) {
      const forms = [term.en, term.zh, ...term.aliases.en, ...term.aliases.zh];
      for (const form of forms.filter((f) => !notInText.includes(f)))
        expect(transcript, `${term.id}: ${form}`).toContain(form);
      if (notInText.includes(term.en)) expect(term.aliases.en.length).toBeGreaterThan(0);
    }
  });

  it('points at the default media and caption files', () => {
    expect(lesson.sources.map((s) => s.src)).toEqual([
      '/media/digital-china-12.webm',
      '/media/digital-china-12.mp4',
    ]);
    expect(lesson.captions.map((c) => [c.src, c.srclang, c.label])).toEqual([
      ['/captions/digital-china-12.en.vtt', 'en', 'English'],
      ['/captions/digital-china-12.zh.vtt', 'zh-Hans', '中文'],
      ['/captions/digital-china-12.both.vtt', 'zh-Hans', '中文 + English'],
    ]);
  });
});

describe('importLesson on malformed posts', () => {
  it.each([
    [
      'a passage missing its Chinese line',
      edited((l) => l.splice(32, 1)),
      33,
      /00:57 is missing its Chinese line/,
    ],
    [
      'a Chinese line where English belongs',
      edited((l) => l.splice(31, 1)),
      32,
      /00:57: expected its English line/,
    ],
    [
      'a timestamp out of order',
      edited((l) => (l[33] = '00:50')),
      34,
      /00:50 is not after the previous one \(00:57\)/,
    ],
    [
      'a timestamp past the Length',
      edited((l) => (l[84] = '09:20')),
      85,
      /09:20 is at or past the Length \(09:13\)/,
    ],
    ['a timestamp at the Length', edited((l) => (l[84] = '09:13')), 85, /at or past the Length/],
    [
      'a footnote without its Chinese term',
      edited((l) => (l[91] = l[91]!.replace(' (统筹谋划)', ''))),
      92,
      /footnote 4 has no "\(中文\)" term/,
    ],
    [
      'a footnote line without its dash',
      edited((l) => (l[91] = l[91]!.slice(2))),
      92,
      /starting with "- "/,
    ],
    ['an empty file', '', 1, /file is empty/],
    ['a blank file', ' \n\n  \n', 1, /file is empty/],
    ['a file with NUL bytes', 'Speaker\nLength\u0000\u0001', 2, /NUL/],
    ['a missing Length line', edited((l) => l.splice(21, 1)), 25, /missing "Length:" line/],
    ['a Length that is not a clock', edited((l) => (l[21] = 'Length: nine minutes')), 22, /MM:SS/],
    ['a missing transcript heading', edited((l) => l.splice(25, 1)), 94, /no transcript/],
    ['a transcript without timestamps', sourceLines.slice(0, 27).join('\n'), 26, /no transcript/],
    ['a missing title line', edited((l) => l.splice(18, 1)), 25, /missing title line/],
  ])('rejects %s', (_, text, line, reason) => {
    const error = importError(text);
    expect(error.reason).toMatch(reason);
    expect(error.line).toBe(line);
    expect(error.origin).toBe('post');
  });

  it('names the line of a repeated footnote, a term without an id, and a bad series number', () => {
    const footnotes = source.split('\n').findIndex((l) => l === 'Footnotes');
    const repeated = importError(edited((l) => l.splice(footnotes + 2, 0, l[footnotes + 1]!)));
    expect(repeated.line).toBe(footnotes + 3);
    expect(repeated.reason).toMatch(/footnote 2 repeats the term "digital governance ecosystem"/);
    const noId = importError(edited((l) => l.splice(footnotes + 1, 1, '- 中 (中). d')));
    expect(noId.reason).toMatch(/needs a Latin letter or digit/);
    const series = importError(source.replace('(Lesson 12 of 13)', '(Lesson 12 of 11)'));
    expect(series.line).toBe(1);
    expect(series.reason).toMatch(/series\.number: must not exceed the series total/);
  });

  it('rejects invalid UTF-8 with the line of the bad byte', () => {
    const bytes = new TextEncoder().encode('Title\nSpeaker: x\nLength: ');
    const broken = new Uint8Array([...bytes, 0xff, 0xfe, 0x0a]);
    expect(() => decodeSource(broken)).toThrow(ImportError);
    expect(() => decodeSource(broken)).toThrow(/line 3: not a text file: invalid UTF-8/);
    expect(decodeSource(new TextEncoder().encode(source))).toBe(source);
  });

  it('blames the sidecar, with its line, for sidecar mistakes', () => {
    const unknown = importError(
      source,
      '{\n  "aliases": {\n    "no-such-term": { "en": ["x"] }\n  }\n}',
    );
    expect([unknown.origin, unknown.line, unknown.reason]).toEqual([
      'extra',
      3,
      'no footnoted term "no-such-term"',
    ]);
    const badJson = importError(source, '{\n  "terms": [\n    { "en": "A", }\n  ]\n}');
    expect([badJson.origin, badJson.line]).toEqual(['extra', 3]);
    const wrongShape = importError(source, '{\n  "terms": [\n    { "en": "A" }\n  ]\n}');
    expect(wrongShape.origin).toBe('extra');
    expect(wrongShape.reason).toMatch(/terms\.0\.zh/);
  });
});

describe('the import-lesson CLI', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const cli = join(ROOT, 'scripts/import-lesson.ts');
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'import-lesson-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(tsx, [cli, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits non-zero, names file and line, and writes nothing for a malformed post', () => {
    const post = join(dir, 'broken-post.txt');
    writeFileSync(
      post,
      edited((l) => l.splice(32, 1)),
    );
    const out = join(dir, 'out');
    const result = run(post, '--out-dir', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${post}:33: passage at 00:57 is missing its Chinese line`);
    expect(readdirSync(dir)).toEqual(['broken-post.txt']);
  }, 30_000);

  it('reproduces the committed lesson and caption files from the real post', () => {
    const result = run(POST, '--out-dir', dir);
    expect(result.status).toBe(0);
    const files = [
      'data/lessons/digital-china-12.json',
      ...['en', 'zh', 'both'].map((l) => `public/captions/digital-china-12.${l}.vtt`),
    ];
    for (const file of files)
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(
        readFileSync(join(ROOT, file), 'utf8'),
      );
  }, 30_000);
});
