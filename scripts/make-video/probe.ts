/** Checks an encoded file against what the player relies on: its length and its size. */
import { stat } from 'node:fs/promises';
import { run } from './tools';

export const MAX_BYTES = 5 * 1024 * 1024;
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
  return `${file}: ${(size / 1024 / 1024).toFixed(2)} MB, ${Number(probe.format.duration).toFixed(3)} s, ${codecs}`;
}
