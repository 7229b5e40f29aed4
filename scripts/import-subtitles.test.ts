import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '@/domain/lesson-schema';
import { readWebVtt } from '@/testing/caption-check';

// A string, not a URL object: jsdom's URL class is not the one Node's fileURLToPath accepts.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'src/features/lesson-maker/fixtures');
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const cli = join(ROOT, 'scripts/import-lesson.ts');

describe('import-lesson --subtitles', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'import-subtitles-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    spawnSync(tsx, [cli, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes the lesson and its captions from two files, one per language', () => {
    const zh = join(FIXTURES, 'lecture.zh.srt');
    const en = join(FIXTURES, 'lecture.en.vtt');
    const result = run('--subtitles', zh, en, '--title', 'Digital cooperation', '--out-dir', dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('two-files: 2 passages');
    expect(result.stdout).toContain('first: 各位同学，大家好。 / Hello, everyone.');
    const lesson = parseLesson(
      JSON.parse(readFileSync(join(dir, 'data/lessons/digital-cooperation.json'), 'utf8')),
    );
    expect(lesson.title.en).toBe('Digital cooperation');
    expect(lesson.passages[0]!.en).toMatch(/^Hello, everyone\./);
    for (const language of ['en', 'zh', 'both']) {
      const vtt = readFileSync(
        join(dir, `public/captions/digital-cooperation.${language}.vtt`),
        'utf8',
      );
      const { errors, cues } = readWebVtt(vtt);
      expect(errors).toEqual([]);
      expect(cues.length).toBeGreaterThan(0);
    }
  }, 30_000);

  it('writes only the Chinese track for a Chinese-only lesson, with the id and duration given', () => {
    const file = join(FIXTURES, 'talk.zh.vtt');
    const result = run('--subtitles', file, '--id', 'talk', '--duration', '60', '--out-dir', dir);
    expect(result.status).toBe(0);
    expect(readdirSync(join(dir, 'public/captions'))).toEqual(['talk.zh.vtt']);
    const lesson = parseLesson(
      JSON.parse(readFileSync(join(dir, 'data/lessons/talk.json'), 'utf8')),
    );
    expect([lesson.duration, lesson.missingLanguage]).toEqual([60, 'en']);
  }, 30_000);

  it('prints <file>: <reason> for bad input, exits non-zero and writes nothing', () => {
    const bad = join(dir, 'broken.srt');
    writeFileSync(
      bad,
      '1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:00:0x,000 --> 00:00:05,000\n坏\n',
    );
    const out = join(dir, 'out');
    const result = run('--subtitles', bad, '--out-dir', out);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `${bad}: cue 2 (line 6): the start time "00:00:0x,000" is not a time like 00:01:02,500`,
    );
    expect(readdirSync(dir)).toEqual(['broken.srt']);
  }, 30_000);

  it('names a missing file', () => {
    const missing = join(dir, 'missing.srt');
    const result = run('--subtitles', missing, '--out-dir', dir);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${missing}: no such file`);
  }, 30_000);
});
