import { readFileSync } from 'node:fs';
import { readWebVtt } from '../src/testing/caption-check';

/** Inside the three longest cues of the bilingual caption track: 4 lines each. */
export const LONGEST_CUES = [102.5, 161, 248];

/** The lines of the bilingual caption track's cue at `time`, read from the file the app serves. */
export function cueAt(time: number): string[] {
  const { cues } = readWebVtt(readFileSync('public/captions/digital-china-12.both.vtt', 'utf8'));
  const cue = cues.find((c) => c.start <= time && time < c.end);
  if (!cue) throw new Error(`no cue at ${time}`);
  return cue.lines;
}
