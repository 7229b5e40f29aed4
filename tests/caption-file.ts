import { readFileSync } from 'node:fs';

/** Inside the three longest cues of the bilingual caption track: 4 lines each. */
export const LONGEST_CUES = [102.5, 161, 248];

/** The lines of the bilingual caption track's cue at `time`, read from the file the app serves. */
export function cueAt(time: number): string[] {
  const file = readFileSync('public/captions/digital-china-12.both.vtt', 'utf8');
  const seconds = (t: string) => t.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  for (const block of file.split(/\n\n+/)) {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => line.includes(' --> '));
    if (timing < 0) continue;
    const [start, end] = lines[timing]!.split(' --> ').map(seconds);
    if (start! <= time && time < end!) return lines.slice(timing + 1);
  }
  throw new Error(`no cue at ${time}`);
}
