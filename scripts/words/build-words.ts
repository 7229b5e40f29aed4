/**
 * npm run build-words -- [<id>]
 *
 * Writes public/words/<id>.json (every lesson of data/lessons/ without an id) and prints its
 * report: coverage of the transcript's Han characters, file size, distinct words, readings
 * that differ from CC-CEDICT's.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import { parseLesson } from '@/domain/lesson-schema';
import { loadCedict, type NodeCedict } from './cedict';
import { createSegmenter } from './jieba-segmenter';
import { formatReport } from './report';
import { buildWordFile } from '@/domain/word-file-build';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LESSONS = join(REPO_ROOT, 'data/lessons');
const OUT = join(REPO_ROOT, 'public/words');

async function buildOne(id: string, cedict: NodeCedict): Promise<void> {
  const lesson = parseLesson(JSON.parse(readFileSync(join(LESSONS, `${id}.json`), 'utf8')));
  const build = buildWordFile(lesson, createSegmenter(lesson.terms, cedict), cedict);
  const path = join(OUT, `${id}.json`);
  // Written as the repository's Prettier would, so `prettier --check` passes on the output.
  const json = await format(JSON.stringify(build.file), {
    ...(await resolveConfig(path)),
    filepath: path,
  });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(path, json);
  const size = { raw: Buffer.byteLength(json), gzip: gzipSync(json, { level: 9 }).length };
  console.log(`wrote ${relative(process.cwd(), path)}`);
  for (const line of formatReport(build, size)) console.log(`  ${line}`);
}

async function main(argv: string[]): Promise<number> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) {
    console.error('usage: npm run build-words -- [<id>]');
    return 2;
  }
  const ids = argv.length
    ? argv
    : readdirSync(LESSONS)
        .filter((name) => name.endsWith('.json') && name !== 'index.json')
        .map((name) => name.slice(0, -'.json'.length));
  const cedict = loadCedict();
  for (const id of ids) {
    try {
      await buildOne(id, cedict);
    } catch (error) {
      console.error(`${id}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
