/**
 * The timing lines of an SRT or WebVTT file, read and checked before media-captions parses
 * it: that parser reports errors only in its development build and never reports a cue that
 * ends before it starts (1.0.4), so each cue's times are read here with its own timestamp
 * reader, and each cue keeps its number and line for the messages. The text handed on is the
 * file's, made safe for the parser where files commonly stray from the formats.
 */
import { formatVttTimestamp } from '@/utils/time';
import { describePlace, SubtitleError, type CuePlace } from './subtitle-error';

export interface Timing extends CuePlace {
  /** Seconds, whole milliseconds. */
  start: number;
  end: number;
}

export type ReadTime = (text: string) => number | null;

const TIMING = /^([^\s-]*)\s*-->\s*(\S*)/;
const NOTE = /^NOTE($|\s)/;
// A "<" that opens no tag ("3 < 5") would make the cue-text tokenizer swallow the line.
const LONE_LT = /<(?!\/?[\p{L}\d][^<>]*>)/gu;

function badTime(name: string, place: CuePlace, what: string, text: string) {
  return new SubtitleError(
    name,
    'bad-time',
    `${describePlace(place)}: the ${what} time "${text}" is not a time like 00:01:02,500`,
    place,
  );
}

function readTiming(name: string, line: string, place: CuePlace, readTime: ReadTime): Timing {
  const [, startText = '', endText = ''] = TIMING.exec(line) ?? [];
  const [start, end] = [readTime(startText), readTime(endText)];
  if (start === null) throw badTime(name, place, 'start', startText);
  if (end === null) throw badTime(name, place, 'end', endText);
  if (end <= start)
    throw new SubtitleError(
      name,
      'bad-time',
      `${describePlace(place)}: it ends at ${formatVttTimestamp(end)}, not after its start ${formatVttTimestamp(start)}`,
      place,
    );
  return { ...place, start, end };
}

/** Whether a line inside a cue's text is the timing of a new cue whose blank line is missing. */
function startsCue(line: string, readTime: ReadTime): boolean {
  const match = TIMING.exec(line);
  return !!match && readTime(match[1]!) !== null && readTime(match[2]!) !== null;
}

// Blocks that are not cues: the WebVTT header (first), and its STYLE and REGION blocks.
const NOT_A_CUE = /^(WEBVTT|STYLE|REGION)($|\s)/;

function noTiming(name: string, place: CuePlace, text: string) {
  return new SubtitleError(
    name,
    'no-timing',
    `${describePlace(place)}: "${text}" is not a timing line like 00:01:02,500 --> 00:01:04,000`,
    place,
  );
}

/**
 * Lines trimmed and timing lines rewritten to a bare `start --> end` (no cue settings or SRT
 * X1:… coordinates in the text); a blank line added where a cue follows the one before it
 * without one. `lines` keeps WebVTT's rule that only an empty line ends a cue: a line of
 * spaces (YouTube writes them) is text. A block with text but no timing line (`00:01 -> 00:02`)
 * would be dropped by the parser without a word: in a file that has cues, it is refused.
 */
export function readTimings(name: string, lines: readonly string[], readTime: ReadTime) {
  const timings: Timing[] = [];
  const text: string[] = [];
  let blockLine = 0;
  // In a NOTE block or a cue whose timing is read, lines are text, even with "-->" in them.
  let done = false;
  // The first block with text but no timing: the line that should have been its timing.
  let untimed: ReturnType<typeof noTiming> | null = null;
  let blockStart = { line: 0, text: '' };
  const endBlock = () => {
    if (blockLine === 0 || done || untimed || NOT_A_CUE.test(blockStart.text)) return;
    untimed = noTiming(name, { cue: timings.length + 1, line: blockStart.line }, blockStart.text);
  };
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' && (raw === '' || !done)) {
      endBlock();
      [blockLine, done] = [0, false];
      text.push('');
      return;
    }
    blockLine++;
    // A cue's number, then the line that should be its timing.
    if (blockLine === 1 || (blockLine === 2 && /^\d+$/.test(blockStart.text)))
      blockStart = { line: i + 1, text: line };
    if (blockLine > 2 && done && startsCue(line, readTime)) {
      // The line before is the new cue's number if it is one.
      const numbered = /^\d+$/.test(text.at(-1)!) && blockLine > 3;
      text.splice(numbered ? -1 : text.length, 0, '');
      [blockLine, done] = [numbered ? 2 : 1, false];
    }
    if (blockLine === 1 && NOTE.test(line)) done = true;
    if (done || blockLine > 2 || !line.includes('-->')) {
      text.push(line === '' ? ' ' : line.replace(LONE_LT, '&lt;'));
      return;
    }
    // The file has timings after all: the block before without one is its first problem.
    if (untimed) throw untimed;
    done = true;
    const timing = readTiming(name, line, { cue: timings.length + 1, line: i + 1 }, readTime);
    text.push(`${formatVttTimestamp(timing.start)} --> ${formatVttTimestamp(timing.end)}`);
    timings.push(timing);
  });
  endBlock();
  if (untimed && timings.length > 0) throw untimed;
  return { timings, lines: text };
}
