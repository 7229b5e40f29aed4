/**
 * SRT or WebVTT text → cues, through media-captions, after cue-timings.ts has read and
 * checked every timing line; each cue keeps its place (number and timing line).
 *
 * media-captions is imported when first used: at load it extends the page's VTTCue (a Node
 * TextCue without a document), which jsdom lacks, and only adding a lesson needs it.
 */
import type { VTTNode } from 'media-captions';
import { readTimings, type Timing } from './cue-timings';
import { describePlace, SubtitleError } from './subtitle-error';

export interface SubtitleCue extends Timing {
  /** The cue's text lines without markup, blank lines left out. */
  lines: string[];
}

const toMs = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Plain text of a cue: markup and ruby readings dropped, entities decoded. */
function plainText(nodes: VTTNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.data;
      return node.type === 'rt' ? '' : plainText(node.children);
    })
    .join('');
}

// Override blocks of SSA/ASS ({\an8}, {\i1}) that subtitle editors leave in SRT text.
const ASS_OVERRIDE = /\{\\[^}]*\}/g;
// Shorter than this, a cue repeating the lines before it is a snapshot of rolling captions.
const SNAPSHOT = 0.1;

/**
 * Rolling captions (YouTube's automatic ones) show each line twice: as the new line of one
 * cue and the top line of the next, with a blink-long cue between. The repeat is dropped, so
 * the text reads once, as spoken.
 */
function dropRolledLines(cues: SubtitleCue[]): SubtitleCue[] {
  return cues.map((cue, i) => {
    const before = cues[i - 1]?.lines ?? [];
    if (cue.end - cue.start < SNAPSHOT && cue.lines.every((line) => before.includes(line)))
      return { ...cue, lines: [] };
    if (cue.lines.length > 1 && cue.lines[0] === before.at(-1))
      return { ...cue, lines: cue.lines.slice(1) };
    return cue;
  });
}

/**
 * The lines as a stream that is filled as it is read: media-captions' parseText queues every
 * line up front, and reading that queue grows with its square (20,000 cues: 4 s in Node,
 * against 0.2 s this way).
 */
function lineStream(lines: readonly string[]): ReadableStream<string> {
  let next = 0;
  return new ReadableStream<string>(
    {
      pull(controller) {
        if (next < lines.length) controller.enqueue(lines[next++]!);
        else controller.close();
      },
    },
    { highWaterMark: 64 },
  );
}

/** Every cue of the file in file order, or a SubtitleError naming the bad cue and line. */
export async function parseSubtitles(name: string, text: string): Promise<SubtitleCue[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const type = lines.find((line) => line.trim() !== '')?.startsWith('WEBVTT') ? 'vtt' : 'srt';
  const { parseTextStream, parseVTTTimestamp, tokenizeVTTCue } = await import('media-captions');
  // SRT writes a comma before the milliseconds, WebVTT a period; both read the same.
  const readTime = (time: string) => {
    const seconds = parseVTTTimestamp(time.replace(',', '.'));
    return seconds === null ? null : toMs(seconds);
  };
  const { timings, lines: safe } = readTimings(name, lines, readTime);
  if (timings.length === 0)
    throw new SubtitleError(
      name,
      'no-cues',
      'no subtitle cues: expected SRT or WebVTT timings like 00:00:01,000 --> 00:00:04,000',
    );
  const { cues } = await parseTextStream(lineStream(safe), { type, strict: false, errors: false });
  const read = timings.map((timing, i) => {
    const cue = cues[i];
    // cue-timings.ts follows the parser's blocks; a mismatch would misplace every later cue.
    if (!cue || toMs(cue.startTime) !== timing.start || toMs(cue.endTime) !== timing.end)
      throw new SubtitleError(
        name,
        'bad-time',
        `${describePlace(timing)}: the cue could not be read`,
        timing,
      );
    const lines = plainText(tokenizeVTTCue(cue))
      .replace(ASS_OVERRIDE, '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return { ...timing, lines };
  });
  return dropRolledLines(read);
}
