/**
 * ffmpeg filtergraphs and arguments, built as strings and arrays so they can be tested.
 * Text never goes inside a graph: it is read from textfile= files, which sidesteps the two
 * levels of filtergraph escaping. What does go in (paths, colours, expressions) is checked.
 */
import { formatClock } from '@/utils/time';
import {
  COLORS,
  FRAME,
  HEADER,
  PROGRESS,
  type FontRole,
  type Slide,
  type TextItem,
} from './slides';

export type FontFiles = Record<FontRole, string>;

/** Accepts only values that need no escaping at either level of a filtergraph. */
export function safeValue(value: string): string {
  if (!/^[\w./+*()-]+$/.test(value)) throw new Error(`unsafe filtergraph value: ${value}`);
  return value;
}

const option = ([key, value]: [string, string | number]) => `${key}=${safeValue(String(value))}`;
const filter = (name: string, options: [string, string | number][]) =>
  `${name}=${options.map(option).join(':')}`;

export function drawtext(item: TextItem, textfile: string, fonts: FontFiles): string {
  // y is the top of the line's tallest glyph; subtracting `ascent` pins the baseline instead.
  return filter('drawtext', [
    ['fontfile', fonts[item.font]],
    ['textfile', textfile],
    ['expansion', 'none'],
    ['fontsize', item.size],
    ['fontcolor', item.color],
    ['x', item.x === 'center' ? '(w-tw)/2' : item.x],
    ['y', `${item.baseline}-ascent`],
  ]);
}

/** One still image of a slide: background, boxes, then one drawtext per line. */
export function slideGraph(slide: Slide, textfiles: string[], fonts: FontFiles): string {
  const boxes = slide.boxes.map((b) =>
    filter('drawbox', [
      ['x', b.x],
      ['y', b.y],
      ['w', b.w],
      ['h', b.h],
      ['color', b.color],
      ['t', 'fill'],
    ]),
  );
  const texts = slide.texts.map((item, i) => drawtext(item, textfiles[i]!, fonts));
  return `[0:v]${[...boxes, ...texts].join(',')}[v]`;
}

/** Text for the clock's textfile: the frame time as MM:SS (colons escaped for %{pts}). */
export function clockText(duration: number): string {
  return `%{pts:gmtime:0:%M\\:%S} / ${formatClock(duration)}`;
}

/**
 * Over the per-second slide frames: the progress fill slides in from the left (x is
 * re-evaluated every frame) and the clock is expanded from each frame's pts.
 */
export function finalGraph(duration: number, clockFile: string, fonts: FontFiles): string {
  const bar = filter('color', [
    ['c', COLORS.accent],
    ['s', `${FRAME.width}x${PROGRESS.height}`],
    ['r', 1],
  ]);
  const overlay = filter('overlay', [
    ['x', `W*t/${duration}-W`],
    ['y', PROGRESS.y],
    ['shortest', 1],
  ]);
  const clock = filter('drawtext', [
    ['fontfile', fonts.mono],
    ['textfile', clockFile],
    ['fontsize', HEADER.clockSize],
    ['fontcolor', COLORS.zh],
    ['x', `w-tw-${HEADER.margin}`],
    ['y', `${HEADER.baseline}-ascent`],
  ]);
  return `${bar}[bar];[0:v][bar]${overlay},${clock},format=yuv420p,split[mp4][webm]`;
}

export interface EncodeInput {
  framePattern: string;
  narration: { file: string; sampleRate: number };
  graphFile: string;
  duration: number;
  /** Passage starts: the only keyframes, so seeking to a passage needs no decoding ahead. */
  keyframes: number[];
  mp4: string;
  webm: string;
}

/**
 * CRF 30 (x264) and 40 (VP9) keep 10 px text legible on these flat slides; with keyframes only
 * at passage starts the picture then costs ~1 MB, and speech at 32/24 kbit/s the rest.
 */
export function encodeArgs(input: EncodeInput): string[] {
  const { narration, duration } = input;
  const keys = ['-force_key_frames', input.keyframes.join(','), '-g', String(duration * 2)];
  const common = ['-map', '1:a', '-t', String(duration), ...keys];
  return [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-framerate', '1', '-i', input.framePattern],
    ...['-f', 's16le', '-ar', String(narration.sampleRate), '-ac', '1', '-i', narration.file],
    ...['-filter_complex_script', input.graphFile],
    ...['-map', '[mp4]', ...common, '-c:v', 'libx264', '-preset', 'slow', '-crf', '30'],
    ...['-tune', 'stillimage', '-x264-params', 'scenecut=0', '-pix_fmt', 'yuv420p'],
    ...['-c:a', 'aac', '-b:a', '32k', '-movflags', '+faststart', input.mp4],
    ...['-map', '[webm]', ...common, '-c:v', 'libvpx-vp9', '-crf', '40', '-b:v', '0'],
    ...['-row-mt', '1', '-c:a', 'libopus', '-b:a', '24k', '-ar', '24000', input.webm],
  ];
}

/** Stage 1 arguments: render one slide's graph to a PNG. */
export function slideArgs(graphFile: string, png: string): string[] {
  const source = `color=c=${COLORS.background}:s=${FRAME.width}x${FRAME.height}:r=1:d=1`;
  return [
    ...['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source],
    ...['-filter_complex_script', graphFile, '-map', '[v]', '-frames:v', '1', png],
  ];
}
