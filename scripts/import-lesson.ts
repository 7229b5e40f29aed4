/**
 * npm run import-lesson -- <post.txt> [--id <id>] [--out-dir <dir>]
 *
 * Writes data/lessons/<id>.json and public/captions/<id>.{en,zh,both}.vtt under --out-dir
 * (default: the repo root). Every output is built in memory first, so a malformed post leaves
 * no partial files behind. Errors print as `<file>:<line>: <reason>`, the form editors jump to.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LessonDataError } from '@/domain/lesson-schema';
import { MAX_CUE_SECONDS } from '@/domain/caption-limits';
import { buildCaptionCues, longCues } from '@/domain/captions';
import { cuesToWebVtt } from '@/utils/webvtt';
import { ImportError, decodeSource, importLesson, kebab } from './lesson-importer';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run import-lesson -- <post.txt> [--id <id>] [--out-dir <dir>]';

interface Output {
  path: string;
  content: string;
  /** What the log line adds after the path. */
  note?: string;
}

function buildOutputs(postPath: string, extraPath: string, id: string, outDir: string): Output[] {
  const text = decodeSource(readFileSync(postPath));
  const extraText = existsSync(extraPath) ? readFileSync(extraPath, 'utf8') : undefined;
  const lesson = importLesson(text, { id, extraText });
  const captions = (['en', 'zh', 'both'] as const).map((language) => {
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

function formatError(error: unknown, postPath: string, extraPath: string): string {
  if (error instanceof ImportError) {
    const file = error.origin === 'extra' ? extraPath : postPath;
    return `${file}:${error.line}: ${error.reason}`;
  }
  if (error instanceof LessonDataError) return `${postPath}: ${error.message}`;
  return `${postPath}: ${error instanceof Error ? error.message : String(error)}`;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { id: { type: 'string' }, 'out-dir': { type: 'string' } },
  });
  const [postPath] = positionals;
  if (!postPath || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const stem = basename(postPath).replace(/\.[^.]*$/, '');
  const extraPath = join(dirname(postPath), `${stem}.extra.json`);
  const outDir = values['out-dir'] ?? REPO_ROOT;
  try {
    const outputs = buildOutputs(postPath, extraPath, values.id ?? kebab(stem), outDir);
    for (const { path, content, note } of outputs) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${relative(process.cwd(), path)}${note ? `: ${note}` : ''}`);
    }
    return 0;
  } catch (error) {
    console.error(formatError(error, postPath, extraPath));
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
