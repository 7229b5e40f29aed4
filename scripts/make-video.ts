/**
 * npm run make-video [-- <lesson id | lesson.json> [--out <dir>]]
 *
 * Builds the stand-in lesson video from data/lessons/<id>.json: a title card, then one slide
 * per passage (the lesson title, the passage's time and number, the key terms it mentions)
 * with its Chinese read aloud by espeak-ng from the passage's start, so picture, sound and the
 * app's transcript share one timeline. Writes <out>/<id>.mp4 and .webm (default out:
 * public/media) and checks their length, size and keyframes with ffprobe.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseLesson, type Lesson } from '@/domain/lesson-schema';
import { formatClock } from '@/utils/time';
import type { FontFiles } from './make-video/filters';
import { extractFace, isCollection, readFontMetrics } from './make-video/font-metrics';
import { placeClips } from './make-video/pcm';
import {
  describe,
  keyframeProblems,
  longestKeyframeGap,
  mediaProblems,
  probeKeyframes,
  probeMedia,
} from './make-video/probe';
import { KEYFRAME_GAP, renderVideo } from './make-video/render';
import type { FontRole, Fonts } from './make-video/slide-layout';
import { buildSlides, missingGlyphs } from './make-video/slides';
import { FONT_FILES, missingPackages } from './make-video/tools';
import { narrateAll, type Narration } from './make-video/voice';

const DEFAULT_LESSON = 'digital-china-12';

function parseArgs(argv: string[]) {
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const rest = outAt >= 0 ? argv.filter((_, i) => i !== outAt && i !== outAt + 1) : argv;
  const lesson = rest[0] ?? DEFAULT_LESSON;
  const file = lesson.endsWith('.json') ? lesson : `data/lessons/${lesson}.json`;
  return { file: resolve(file), out: resolve(out ?? 'public/media') };
}

/** Noto CJK's collections hold their faces in this order: JP, KR, SC, TC, HK. */
const SIMPLIFIED_CHINESE_FACE = 2;

/**
 * drawtext's fontfile= always opens a collection's first face, Noto CJK's Japanese one, whose
 * forms differ from Chinese ones in many characters (构, 议, 话…); so the Simplified Chinese
 * face of each collection is written out to `dir` as a font of its own and drawn from there.
 */
async function writeFonts(dir: string): Promise<FontFiles> {
  const written = new Map<string, string>();
  const files: Partial<FontFiles> = {};
  for (const [role, file] of Object.entries(FONT_FILES) as [FontRole, string][]) {
    if (!written.has(file)) {
      const font = await readFile(file);
      const standalone = join(dir, `font-${written.size}.otf`);
      if (isCollection(font))
        await writeFile(standalone, extractFace(font, SIMPLIFIED_CHINESE_FACE));
      written.set(file, isCollection(font) ? standalone : file);
    }
    files[role] = written.get(file)!;
  }
  return files as FontFiles;
}

async function loadFonts(files: FontFiles): Promise<Fonts> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([role, file]) => [
      role,
      readFontMetrics(await readFile(file)),
    ]),
  );
  return Object.fromEntries(entries) as Fonts;
}

function report(n: Narration) {
  const window = n.passage.end - n.passage.start;
  const status = n.fits ? '' : '  (still too long: cut at the window end)';
  console.log(
    `  ${formatClock(n.passage.start)}  -s ${String(n.speed).padStart(3)}  ` +
      `${n.duration.toFixed(2)} s of ${window} s${status}`,
  );
}

async function narrationTrack(lesson: Lesson, dir: string) {
  console.log('Narrating (espeak-ng speed per passage):');
  const narrations = await narrateAll(lesson.passages, dir);
  narrations.forEach(report);
  const sampleRate = narrations[0]!.pcm.sampleRate;
  const clips = narrations.map((n) => ({ start: n.passage.start, end: n.passage.end, pcm: n.pcm }));
  const track = placeClips(clips, lesson.duration, sampleRate);
  const file = join(dir, 'narration.raw');
  await writeFile(file, Buffer.from(track.buffer, track.byteOffset, track.byteLength));
  return { file, sampleRate };
}

async function verify(files: string[], lesson: Lesson) {
  const { duration } = lesson;
  const starts = lesson.passages.map((p) => p.start);
  let ok = true;
  for (const file of files) {
    const probe = await probeMedia(file);
    const keyframes = await probeKeyframes(file);
    const problems = [
      ...mediaProblems(probe, duration),
      ...keyframeProblems(keyframes, { starts, gap: KEYFRAME_GAP, duration }),
    ];
    const keys = `${keyframes.length} keyframes, longest gap ${longestKeyframeGap(keyframes, duration).toFixed(2)} s`;
    console.log(
      `${await describe(file, probe)}, ${keys}${problems.length ? `  PROBLEMS: ${problems.join('; ')}` : ''}`,
    );
    ok &&= problems.length === 0;
  }
  return ok;
}

async function main() {
  const missing = missingPackages();
  if (missing.length) {
    console.error(
      `make-video needs programs or fonts that are missing. Install them with:\n  apt-get install ${missing.join(' ')}`,
    );
    return 1;
  }
  const { file, out } = parseArgs(process.argv.slice(2));
  const lesson = parseLesson(JSON.parse(await readFile(file, 'utf8')));
  const dir = await mkdtemp(join(tmpdir(), 'make-video-'));
  try {
    const fontFiles = await writeFonts(dir);
    const fonts = await loadFonts(fontFiles);
    const slides = buildSlides(lesson, fonts);
    const boxes = missingGlyphs(slides, fonts);
    if (boxes.length)
      console.warn(`Warning: no glyph for ${boxes.join(' ')}; they will show as boxes.`);
    const narration = await narrationTrack(lesson, dir);
    const [mp4, webm] = [join(out, `${lesson.id}.mp4`), join(out, `${lesson.id}.webm`)];
    console.log('Rendering slides and encoding…');
    await renderVideo({
      slides,
      duration: lesson.duration,
      narration,
      fonts: fontFiles,
      dir,
      mp4,
      webm,
    });
    return (await verify([mp4, webm], lesson)) ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
