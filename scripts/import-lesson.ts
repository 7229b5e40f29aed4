/**
 * npm run import-lesson -- <post.txt> [--id <id>] [--out-dir <dir>]
 * npm run import-lesson -- --subtitles <a.srt> [b.vtt] [--title <title>] [--id <id>]
 *   [--duration <seconds>] [--layout <layout>] [--out-dir <dir>]
 *
 * Writes data/lessons/<id>.json and public/captions/<id>.{en,zh,both}.vtt under --out-dir
 * (default: the repo root); a lesson made from subtitles in one language gets that track only.
 * Every output is built in memory first, so bad input leaves no partial files behind. Errors
 * print as `<file>:<line>: <reason>` for a post, the form editors jump to, and as
 * `<file>: <reason>` for subtitles, the reason naming the cue and line. Subtitles go through
 * subtitlesToLesson, the code the browser's "Add a lesson" form runs.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LessonDataError, type Lesson } from '@/domain/lesson-schema';
import { MAX_CUE_SECONDS } from '@/domain/caption-limits';
import { buildCaptionCues, longCues } from '@/domain/captions';
import { cuesToWebVtt } from '@/utils/webvtt';
import type { Layout } from '@/features/lesson-maker/detect-layout';
import { SubtitleError } from '@/features/lesson-maker/subtitle-error';
import { subtitlesToLesson } from '@/features/lesson-maker/subtitles-to-lesson';
import { ImportError } from '@/domain/import-error';
import { kebab } from '@/domain/lesson-import-terms';
import { decodeSource, importLesson } from '@/domain/lesson-importer';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LAYOUTS: readonly Layout[] = [
  'bilingual-lines',
  'duplicated-cues',
  'two-files',
  'one-language',
];
const USAGE = [
  'usage: npm run import-lesson -- <post.txt> [--id <id>] [--out-dir <dir>]',
  '       npm run import-lesson -- --subtitles <a.srt> [b.vtt] [--title <title>] [--id <id>]',
  `         [--duration <seconds>] [--layout ${LAYOUTS.join('|')}] [--out-dir <dir>]`,
].join('\n');

interface Output {
  path: string;
  content: string;
  /** What the log line adds after the path. */
  note?: string;
}

/** The lesson file and one caption file per track the lesson lists. */
function lessonOutputs(lesson: Lesson, outDir: string): Output[] {
  const { id } = lesson;
  const captions = lesson.captions.map(({ language }) => {
    const cues = buildCaptionCues(lesson, language);
    const long = longCues(cues).length;
    return {
      path: join(outDir, 'public/captions', `${id}.${language}.vtt`),
      content: cuesToWebVtt(cues),
      note: `${cues.length} cues, ${long} longer than ${MAX_CUE_SECONDS} s (one clause each)`,
    };
  });
  const json = `${JSON.stringify(lesson, null, 2)}\n`;
  return [{ path: join(outDir, 'data/lessons', `${id}.json`), content: json }, ...captions];
}

function buildOutputs(postPath: string, extraPath: string, id: string, outDir: string): Output[] {
  const text = decodeSource(readFileSync(postPath));
  const extraText = existsSync(extraPath) ? readFileSync(extraPath, 'utf8') : undefined;
  return lessonOutputs(importLesson(text, { id, extraText }), outDir);
}

function writeOutputs(outputs: Output[]) {
  for (const { path, content, note } of outputs) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${relative(process.cwd(), path)}${note ? `: ${note}` : ''}`);
  }
}

function formatError(error: unknown, postPath: string, extraPath: string): string {
  if (error instanceof ImportError) {
    const file = error.origin === 'extra' ? extraPath : postPath;
    return `${file}:${error.line}: ${error.reason}`;
  }
  if (error instanceof LessonDataError) return `${postPath}: ${error.message}`;
  return `${postPath}: ${error instanceof Error ? error.message : String(error)}`;
}

interface SubtitleOptions {
  title?: string;
  id?: string;
  duration?: string;
  layout?: string;
  'out-dir'?: string;
}

async function importSubtitles(paths: string[], values: SubtitleOptions): Promise<number> {
  const duration = values.duration === undefined ? undefined : Number(values.duration);
  const layout = values.layout as Layout | undefined;
  if ((duration !== undefined && !(duration > 0)) || (layout && !LAYOUTS.includes(layout))) {
    console.error(USAGE);
    return 2;
  }
  const missing = paths.find((path) => !existsSync(path));
  if (missing) {
    console.error(`${missing}: no such file`);
    return 1;
  }
  try {
    const files = paths.map((path) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) }));
    const { lesson, summary, ...result } = await subtitlesToLesson({
      files,
      title: values.title,
      id: values.id,
      duration,
      layout,
    });
    writeOutputs(lessonOutputs(lesson, values['out-dir'] ?? REPO_ROOT));
    const both = (pair: { zh: string; en: string }) =>
      [pair.zh, pair.en].filter(Boolean).join(' / ');
    console.log(`${result.layout}: ${summary.passages} passages`);
    console.log(`first: ${both(summary.first)}`);
    console.log(`last: ${both(summary.last)}`);
    return 0;
  } catch (error) {
    if (error instanceof SubtitleError) console.error(error.message);
    else console.error(`${paths[0]}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      'out-dir': { type: 'string' },
      subtitles: { type: 'string', multiple: true },
      title: { type: 'string' },
      duration: { type: 'string' },
      layout: { type: 'string' },
    },
  });
  // `--subtitles a.srt b.srt`: the second file reads as a positional.
  if (values.subtitles) return importSubtitles([...values.subtitles, ...positionals], values);
  const [postPath] = positionals;
  if (!postPath || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const stem = basename(postPath).replace(/\.[^.]*$/, '');
  const extraPath = join(dirname(postPath), `${stem}.extra.json`);
  const outDir = values['out-dir'] ?? REPO_ROOT;
  try {
    writeOutputs(buildOutputs(postPath, extraPath, values.id ?? kebab(stem), outDir));
    return 0;
  } catch (error) {
    console.error(formatError(error, postPath, extraPath));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
