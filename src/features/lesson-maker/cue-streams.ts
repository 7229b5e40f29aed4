/**
 * The cues of each language as one time-ordered stream, whatever the layout: the lines of a
 * bilingual file are split by script, each file of two is one language, a one-language file
 * is all one column. Each stream is checked for order and overlap on its own, since cues of a
 * duplicated file share their times with their translation.
 */
import { formatVttTimestamp } from '@/utils/time';
import {
  lineLanguage,
  mainLanguage,
  type Language,
  type Layout,
  type SubtitleFileCues,
} from './detect-layout';
import type { SubtitleCue } from './parse-subtitles';
import { describePlace, SubtitleError } from './subtitle-error';

export interface StreamCue {
  file: string;
  cue: SubtitleCue;
  start: number;
  end: number;
  text: string;
}

export type Streams = Record<Language, StreamCue[]>;

// Subtitle tools round to frames, so cues often overlap by a frame or two; up to this, the
// earlier cue is cut short instead of refusing the file.
const OVERLAP_TOLERANCE = 0.2;
// Chinese punctuation (CJK symbols, full-width forms, curly quotes, ellipsis, dash) or a space.
const ENDS_IN_PAUSE = /[\s\u3000-\u303F\uFF00-\uFFEF“”‘’…—]$/u;

/**
 * Chinese lines and cues join without a space after Chinese punctuation, with one where
 * subtitles mark a pause only by the line break (or after English); English always with one.
 */
export function joinText(parts: readonly string[], language: Language): string {
  if (language === 'en') return parts.join(' ');
  return parts.reduce(
    (text, part) => (!text || ENDS_IN_PAUSE.test(text) ? text + part : `${text} ${part}`),
    '',
  );
}

const streamCue = (file: string, cue: SubtitleCue, lines: string[], language: Language) => ({
  file,
  cue,
  start: cue.start,
  end: cue.end,
  text: joinText(lines, language),
});

const HAN = /\p{Script=Han}/u;

/**
 * In a bilingual cue whose lines all read as English, a line with Han characters is the
 * Chinese one, however many Latin letters it has ("用Microsoft Office和Google Docs").
 */
function bilingualLanguages(lines: readonly string[]): (Language | null)[] {
  const languages = lines.map(lineLanguage);
  if (languages.includes('zh') || !lines.some((l) => !HAN.test(l))) return languages;
  return languages.map((language, i) => (HAN.test(lines[i]!) ? 'zh' : language));
}

/** Lines with neither script ("♪", "1998") go with the line before them, or after. */
function linesByLanguage(
  lines: readonly string[],
  fallback: Language,
  bilingual: boolean,
): Record<Language, string[]> {
  const languages = bilingual ? bilingualLanguages(lines) : lines.map(lineLanguage);
  const split: Record<Language, string[]> = { zh: [], en: [] };
  lines.forEach((line, i) => {
    const language =
      languages.slice(0, i).findLast((l) => l !== null) ??
      languages.slice(i).find((l) => l !== null) ??
      fallback;
    split[languages[i] ?? language].push(line);
  });
  return split;
}

function splitFile(file: SubtitleFileCues, layout: Layout): Streams {
  const main = mainLanguage(file);
  const streams: Streams = { zh: [], en: [] };
  for (const cue of file.cues) {
    if (cue.lines.length === 0) continue;
    if (layout === 'one-language') {
      streams[main].push(streamCue(file.name, cue, cue.lines, main));
      continue;
    }
    const split = linesByLanguage(cue.lines, main, layout === 'bilingual-lines');
    for (const language of ['zh', 'en'] as const)
      if (split[language].length)
        streams[language].push(streamCue(file.name, cue, split[language], language));
  }
  return streams;
}

/** A repeated cue (same times, same text) is dropped; a slight overlap is cut off. */
function checkTimes(stream: readonly StreamCue[]): StreamCue[] {
  const checked: StreamCue[] = [];
  for (const item of stream) {
    const last = checked.at(-1);
    if (last && last.start === item.start && last.end === item.end && last.text === item.text)
      continue;
    const fail = (problem: 'out-of-order' | 'overlap', reason: string): never => {
      throw new SubtitleError(
        item.file,
        problem,
        `${describePlace(item.cue)}: it starts at ${formatVttTimestamp(item.start)}, ${reason}`,
        item.cue,
      );
    };
    if (last && item.start < last.start)
      fail(
        'out-of-order',
        `before ${describePlace(last.cue)} starts (${formatVttTimestamp(last.start)}): cues must be in time order`,
      );
    if (last && item.start < last.end) {
      if (item.start === last.start || last.end - item.start > OVERLAP_TOLERANCE)
        fail(
          'overlap',
          `before ${describePlace(last.cue)} ends (${formatVttTimestamp(last.end)}): cues must not overlap`,
        );
      checked[checked.length - 1] = { ...last, end: item.start };
    }
    checked.push(item);
  }
  return checked;
}

/** The Chinese and English streams of the files in the given layout, checked. */
export function buildStreams(files: readonly SubtitleFileCues[], layout: Layout): Streams {
  // Each of two files is one language, whatever a line of it looks like.
  const split = files.map((file) =>
    splitFile(file, layout === 'two-files' ? 'one-language' : layout),
  );
  const all = (language: Language) => checkTimes(split.flatMap((streams) => streams[language]));
  return { zh: all('zh'), en: all('en') };
}
