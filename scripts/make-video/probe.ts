/** Checks an encoded file against what the player relies on: its length and its size. */
import { stat } from 'node:fs/promises';
import { run } from './tools';

/** 5 MB as the limit is written (decimal): the stricter reading of it. */
export const MAX_BYTES = 5_000_000;
/** The player maps passage times onto the media; anything further off than this shows. */
const TOLERANCE = 0.1;

interface ProbeStream {
  index: number;
  codec_type: string;
  codec_name: string;
  /** Where the stream's last packet ends, in s; read from packets since WebM has no stream
   *  durations. */
  end?: number;
}
export interface Probe {
  format: { duration: string; size: string };
  streams: ProbeStream[];
}

/** Problems found in an ffprobe report; empty when the file is as intended. */
export function mediaProblems(probe: Probe, duration: number): string[] {
  const problems: string[] = [];
  const total = Number(probe.format.duration);
  if (Math.abs(total - duration) > TOLERANCE)
    problems.push(`duration ${total.toFixed(3)} s, expected ${duration} s`);
  if (Number(probe.format.size) > MAX_BYTES) problems.push(`size ${probe.format.size} B over 5 MB`);
  for (const type of ['video', 'audio']) {
    const stream = probe.streams.find((s) => s.codec_type === type);
    if (!stream) problems.push(`no ${type} stream`);
    const end = stream?.end;
    if (end !== undefined && Math.abs(end - duration) > TOLERANCE)
      problems.push(`${type} stream ends at ${end.toFixed(3)} s`);
  }
  return problems;
}

/** The longest stretch without a keyframe, the end of the file counting as one. */
export function longestKeyframeGap(keyframes: number[], duration: number): number {
  const times = [...keyframes, duration].sort((a, b) => a - b);
  return Math.max(...times.slice(1).map((t, i) => t - times[i]!));
}

/** Seeks stay fast only with a keyframe on every passage start and at most `gap` s apart. */
export function keyframeProblems(
  keyframes: number[],
  expected: { starts: number[]; gap: number; duration: number },
): string[] {
  const problems: string[] = [];
  const at = (t: number) => keyframes.some((k) => Math.abs(k - t) <= TOLERANCE);
  if (!at(0)) problems.push('no keyframe at 0 s');
  const missing = expected.starts.filter((s) => !at(s));
  if (missing.length) problems.push(`no keyframe at passage start ${missing.join(', ')} s`);
  const longest = longestKeyframeGap(keyframes, expected.duration);
  if (longest > expected.gap + TOLERANCE)
    problems.push(`${longest.toFixed(2)} s without a keyframe, more than ${expected.gap} s`);
  return problems;
}

/** Times of the video's keyframes, in s, in order. Read from packet flags: the VP9 decoder
 *  ignores `-skip_frame nokey` and would list every frame. */
export async function probeKeyframes(file: string): Promise<number[]> {
  const args = ['-v', 'error', '-select_streams', 'v', '-show_entries', 'packet=pts_time,flags'];
  const csv = await run('ffprobe', [...args, '-of', 'csv=p=0', file]);
  return csv
    .trim()
    .split('\n')
    .map((line) => line.split(','))
    .filter(([, flags]) => flags?.includes('K'))
    .map(([time]) => Number(time))
    .sort((a, b) => a - b);
}

export async function probeMedia(file: string): Promise<Probe> {
  const args = ['-v', 'error', '-show_format', '-show_streams', '-of', 'json', file];
  const probe = JSON.parse(await run('ffprobe', args)) as Probe;
  const packets = ['-v', 'error', '-show_entries', 'packet=stream_index,pts_time,duration_time'];
  const csv = await run('ffprobe', [...packets, '-of', 'csv=p=0', file]);
  for (const line of csv.trim().split('\n')) {
    const [index, pts, length] = line.split(',').map(Number);
    const stream = probe.streams.find((s) => s.index === index);
    const end = (pts ?? NaN) + (length ?? NaN);
    if (stream && Number.isFinite(end)) stream.end = Math.max(stream.end ?? 0, end);
  }
  return probe;
}

export async function describe(file: string, probe: Probe): Promise<string> {
  const { size } = await stat(file);
  const codecs = probe.streams.map((s) => s.codec_name).join('+');
  return `${file}: ${(size / 1e6).toFixed(2)} MB, ${Number(probe.format.duration).toFixed(3)} s, ${codecs}`;
}
