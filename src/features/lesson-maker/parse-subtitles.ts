/**
 * SRT or WebVTT text → cues, through media-captions. Its error reports exist only in its
 * development build, and its range check never fires (1.0.4), so the timing lines are
 * checked here with its own timestamp reader before it parses them; each cue keeps its place
 * (number and timing line) for the messages that follow.
 *
 * media-captions is imported when first used: at load it extends the page's VTTCue (a Node
 * TextCue without a document), which jsdom lacks, and only adding a lesson needs it.
 */
import type { VTTNode } from 'media-captions';
import { formatVttTimestamp } from '@/utils/time';
import { describePlace, SubtitleError, type CuePlace } from './subtitle-error';

export interface SubtitleCue extends CuePlace {
  /** Seconds, whole milliseconds. */
  start: number;
  end: number;
  /** The cue's text lines without markup, blank lines left out. */
  lines: string[];
}

interface Timing extends CuePlace {
  start: number;
  end: number;
}

const ARROW = /\s*-->\s*/;
const toMs = (seconds: number) => Math.round(seconds * 1000) / 1000;

type Captions = typeof import('media-captions');

/** SRT writes a comma before the milliseconds, WebVTT a period; both read the same. */
function reader(parseVTTTimestamp: Captions['parseVTTTimestamp']) {
  return (text: string): number | null => {
    const time = parseVTTTimestamp(text.trim().replace(',', '.'));
    return time === null ? null : toMs(time);
  };
}

/**
 * The timing lines, as the parser will meet them: a line with "-->" that opens a block or
 * follows its identifier line. Each is rewritten to a bare `start --> end`, so cue settings
 * (or SRT's old X1:… coordinates) never end up in the text.
 */
function readTimings(name: string, lines: string[], readTime: ReturnType<typeof reader>) {
  const timings: Timing[] = [];
  let blockLine = 0;
  // A NOTE block, or a cue whose timing is read: its lines are text, even with "-->" in them.
  let done = false;
  lines.forEach((line, i) => {
    if (line === '') {
      blockLine = 0;
      done = false;
      return;
    }
    blockLine++;
    if (blockLine === 1 && /^NOTE($|\s)/.test(line)) done = true;
    if (done || blockLine > 2 || !line.includes('-->')) return;
    done = true;
    const place = { cue: timings.length + 1, line: i + 1 };
    const [startText = '', rest = ''] = line.split(ARROW);
    const endText = rest.split(/\s+/)[0] ?? '';
    const [start, end] = [readTime(startText), readTime(endText)];
    const bad = (what: string, text: string) =>
      new SubtitleError(
        name,
        'bad-time',
        `${describePlace(place)}: the ${what} time "${text}" is not a time like 00:01:02,500`,
        place,
      );
    if (start === null) throw bad('start', startText);
    if (end === null) throw bad('end', endText);
    if (end <= start)
      throw new SubtitleError(
        name,
        'bad-time',
        `${describePlace(place)}: it ends at ${formatVttTimestamp(end)}, not after its start ${formatVttTimestamp(start)}`,
        place,
      );
    lines[i] = `${formatVttTimestamp(start)} --> ${formatVttTimestamp(end)}`;
    timings.push({ ...place, start, end });
  });
  return timings;
}

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

/** Every cue of the file in file order, or a SubtitleError naming the bad cue and line. */
export async function parseSubtitles(name: string, text: string): Promise<SubtitleCue[]> {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
  const type = lines.find((line) => line !== '')?.startsWith('WEBVTT') ? 'vtt' : 'srt';
  const { parseText, parseVTTTimestamp, tokenizeVTTCue } = await import('media-captions');
  const timings = readTimings(name, lines, reader(parseVTTTimestamp));
  if (timings.length === 0)
    throw new SubtitleError(
      name,
      'no-cues',
      'no subtitle cues: expected SRT or WebVTT timings like 00:00:01,000 --> 00:00:04,000',
    );
  const { cues } = await parseText(lines.join('\n'), { type, strict: false, errors: false });
  return timings.map((timing, i) => {
    const cue = cues[i];
    // The scan above follows the parser's blocks; a mismatch would misplace every later cue.
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
}
