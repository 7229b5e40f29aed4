/**
 * Picture and final encode. Each slide is drawn once to a PNG; the video is then one frame
 * per second pointing at its slide's PNG, with the clock and progress drawn over it, encoded
 * to MP4 and WebM in a single ffmpeg pass.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  clockText,
  encodeArgs,
  finalGraph,
  slideArgs,
  slideGraph,
  type FontFiles,
} from './filters';
import type { Slide } from './slide-layout';
import { mapLimit, run } from './tools';

async function renderSlide(slide: Slide, index: number, dir: string, fonts: FontFiles) {
  const name = `slide-${String(index).padStart(2, '0')}`;
  const textfiles = await Promise.all(
    slide.texts.map(async (item, i) => {
      const file = join(dir, `${name}-${i}.txt`);
      await writeFile(file, item.text);
      return file;
    }),
  );
  const graph = join(dir, `${name}.graph`);
  await writeFile(graph, slideGraph(slide, textfiles, fonts));
  const png = join(dir, `${name}.png`);
  await run('ffmpeg', slideArgs(graph, png));
  return png;
}

/** Index of the slide on screen during second `second`; slides are sorted and cover 0…end. */
export function slideAt(slides: Slide[], second: number): number {
  const index = slides.findLastIndex((s) => s.start <= second);
  return Math.max(0, index);
}

/** Writes frames/0000.png … as links to slide PNGs: one per second of the lesson. */
async function linkFrames(slides: Slide[], pngs: string[], duration: number, dir: string) {
  const frames = join(dir, 'frames');
  await mkdir(frames);
  for (let second = 0; second < Math.ceil(duration); second++) {
    const frame = join(frames, `${String(second).padStart(4, '0')}.png`);
    await symlink(pngs[slideAt(slides, second)]!, frame);
  }
  return join(frames, '%04d.png');
}

/** Most seconds between keyframes: a seek decodes at most this far ahead of its target. */
export const KEYFRAME_GAP = 2;

/**
 * Keyframe times: every slide's start, then every `gap` s within the slide, so a passage start
 * always has one and no two are further apart than `gap`. Whole seconds, as the frames are.
 */
export function keyframeTimes(slides: Slide[], gap = KEYFRAME_GAP): number[] {
  return slides.flatMap(({ start, end }) => {
    const times: number[] = [];
    for (let t = start; t < end; t += gap) times.push(t);
    return times;
  });
}

export interface RenderJob {
  slides: Slide[];
  duration: number;
  narration: { file: string; sampleRate: number };
  fonts: FontFiles;
  dir: string;
  mp4: string;
  webm: string;
}

export async function renderVideo(job: RenderJob): Promise<void> {
  const { slides, duration, dir, fonts } = job;
  const pngs = await mapLimit(slides, 2, (slide, i) => renderSlide(slide, i, dir, fonts));
  const framePattern = await linkFrames(slides, pngs, duration, dir);
  const clockFile = join(dir, 'clock.txt');
  await writeFile(clockFile, clockText(duration));
  const graphFile = join(dir, 'final.graph');
  await writeFile(graphFile, finalGraph(duration, clockFile, fonts));
  const keyframes = keyframeTimes(slides);
  const encode = { ...job, framePattern, graphFile, keyframes, keyframeGap: KEYFRAME_GAP };
  await run('ffmpeg', encodeArgs(encode));
}
