/**
 * ffmpeg filtergraphs and arguments, built as strings and arrays so they can be tested.
 * Text never goes inside a graph: it is read from textfile= files, which sidesteps the two
 * levels of filtergraph escaping. What does go in (paths, colours, expressions) is checked.
 */
import { formatClock } from '@/utils/time';
import {
  COLORS,
  FOOTER,
  FRAME,
  MARGIN,
  PROGRESS,
  type FontRole,
  type Slide,
  type TextItem,
} from './slide-layout';

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
    ['fontsize', FOOTER.clockSize],
    ['fontcolor', COLORS.zh],
    ['x', `w-tw-${MARGIN}`],
    ['y', `${FOOTER.baseline}-ascent`],
  ]);
  return `${bar}[bar];[0:v][bar]${overlay},${clock},format=yuv420p,split[mp4][webm]`;
}

export interface EncodeInput {
  framePattern: string;
  narration: { file: string; sampleRate: number };
  graphFile: string;
  duration: number;
  /** Every passage start and at least every `keyframeGap` s (see keyframeTimes in render.ts),
   *  so a seek anywhere decodes at most that much ahead of the target. */
  keyframes: number[];
  keyframeGap: number;
  mp4: string;
  webm: string;
}

/**
 * Every other frame is a keyframe and the frames between change only the clock and the bar, so
 * the keyframes carry the picture: each costs ~10 KB (281 of them in a 9-minute lesson), which
 * with speech at 24 kbit/s keeps both files under 5 MB. Hence a fixed quantizer with keyframes
 * not boosted over the rest (x264 `ipratio=1`; VP9 `qmin = qmax`): QP 38 and q 42 keep the
 * 14 px English title free of visible ringing (compared by eye against the slide PNGs), where
 * the encoders' default keyframe boost would double the picture's cost. At 1 frame/s, `-g` (the
 * encoders' own longest keyframe interval) is the gap in frames: a backstop for the forced list.
 */
export function encodeArgs(input: EncodeInput): string[] {
  const { narration, duration } = input;
  const keys = ['-force_key_frames', input.keyframes.join(','), '-g', String(input.keyframeGap)];
  const common = ['-map', '1:a', '-t', String(duration), ...keys];
  return [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-framerate', '1', '-i', input.framePattern],
    ...['-f', 's16le', '-ar', String(narration.sampleRate), '-ac', '1', '-i', narration.file],
    ...['-filter_complex_script', input.graphFile],
    ...['-map', '[mp4]', ...common, '-c:v', 'libx264', '-preset', 'slow', '-qp', '38'],
    ...['-tune', 'stillimage', '-x264-params', 'scenecut=0:ipratio=1', '-pix_fmt', 'yuv420p'],
    ...['-c:a', 'aac', '-b:a', '24k', '-movflags', '+faststart', input.mp4],
    ...['-map', '[webm]', ...common, '-c:v', 'libvpx-vp9', '-b:v', '0'],
    ...['-crf', '42', '-qmin', '42', '-qmax', '42', '-row-mt', '1'],
    ...['-c:a', 'libopus', '-b:a', '24k', '-ar', '24000', input.webm],
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
