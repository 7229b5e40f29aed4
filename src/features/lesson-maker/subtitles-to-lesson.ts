/**
 * Subtitle files → a Lesson: the one code path of the "Add a lesson" form and of
 * `npm run import-lesson -- --subtitles`. Pure apart from the clock (today's date when no
 * `published` is given); async only because the parser is.
 */
import { parseLesson, type Lesson } from '@/domain/lesson-schema';
import { formatClock, formatVttTimestamp } from '@/utils/time';
import { buildStreams, joinText, type StreamCue } from './cue-streams';
import { decodeSubtitles } from './decode-subtitles';
import { detectLayout, type Language, type Layout, type SubtitleFileCues } from './detect-layout';
import { groupPassages, type Unit } from './group-passages';
import { pairCues } from './pair-cues';
import { parseSubtitles } from './parse-subtitles';
import { SubtitleError } from './subtitle-error';
import { lessonFacts } from './lesson-facts';

export interface SubtitleFile {
  name: string;
  bytes: Uint8Array;
}

export interface SubtitlesToLessonInput {
  files: readonly SubtitleFile[];
  /** Defaults to the first file's name without its extension and language tag. */
  title?: string;
  /** Defaults to the title in kebab-case, or a hash of the subtitles for a title without Latin. */
  id?: string;
  /** Seconds; defaults to the end of the last cue. */
  duration?: number;
  /** Overrules the detected layout. */
  layout?: Layout;
  /** The video's address; defaults to /media/<id>.webm and .mp4, as bundled lessons have. */
  videoSrc?: string;
  /** ISO date; defaults to today. */
  published?: string;
}

type Pair = Record<Language, string>;

export interface LessonSummary {
  passages: number;
  /** Cues read per language (after dropping repeats and empty cues). */
  cues: Record<Language, number>;
  /**
   * Cues of each language with none of the other at the same time: a sign that two files
   * are not of one video. 0 for a lesson in one language.
   */
  unpaired: Record<Language, number>;
  duration: number;
  /** The first and last cue text in each language ('' for a language the lesson lacks). */
  first: Pair;
  last: Pair;
}

export interface SubtitlesToLessonResult {
  lesson: Lesson;
  layout: Layout;
  summary: LessonSummary;
}

const FILE_COUNT: Record<Layout, 1 | 2> = {
  'bilingual-lines': 1,
  'duplicated-cues': 1,
  'two-files': 2,
  'one-language': 1,
};

function checkFileCount(files: readonly SubtitleFile[], layout?: Layout) {
  const name = files[0]?.name ?? 'subtitles';
  if (files.length === 0 || files.length > 2)
    throw new SubtitleError(name, 'layout', `give one or two subtitle files, not ${files.length}`);
  if (layout && FILE_COUNT[layout] !== files.length)
    throw new SubtitleError(
      name,
      'layout',
      `the layout "${layout}" takes ${FILE_COUNT[layout] === 1 ? 'one file' : 'two files'}, not ${files.length}`,
    );
}

const cueText = (cues: readonly StreamCue[], language: Language) =>
  joinText(
    cues.map((c) => c.text),
    language,
  );

function toUnits(zh: readonly StreamCue[], en: readonly StreamCue[]) {
  const pairs = pairCues(zh, en);
  const units: Unit[] = pairs.map((pair) => ({
    start: pair.start,
    end: pair.end,
    zh: pair.zh?.text ?? '',
    en: cueText(pair.en, 'en'),
  }));
  const bilingual = zh.length > 0 && en.length > 0;
  const unpaired = {
    zh: bilingual ? alone(zh, en) : 0,
    en: bilingual ? pairs.filter((pair) => pair.zh === null).length : 0,
  };
  return { units, unpaired };
}

/**
 * Cues of `cues` that no cue of `other` overlaps. Not "paired with none": where English is cut
 * in longer cues, one English cue goes with one of the Chinese cues it spans, yet is spoken
 * beside all of them. Both lists are in time order without overlaps.
 */
function alone(cues: readonly StreamCue[], other: readonly StreamCue[]): number {
  let count = 0;
  let k = 0;
  for (const cue of cues) {
    while (k < other.length && other[k]!.end <= cue.start) k++;
    if (k === other.length || other[k]!.start >= cue.end) count++;
  }
  return count;
}

function lessonDuration(units: readonly Unit[], given: number | undefined, file: string) {
  const lastStart = units.at(-1)!.start;
  const end = units.reduce((last, u) => Math.max(last, u.end), 0);
  if (given === undefined) return end;
  if (!Number.isFinite(given))
    throw new SubtitleError(file, 'duration', `the video's length (${given}) is not known`);
  if (given <= lastStart)
    throw new SubtitleError(
      file,
      'duration',
      `the last cue starts at ${formatVttTimestamp(lastStart)}, after the video's end (${formatClock(given)})`,
    );
  return given;
}

export async function subtitlesToLesson(
  input: SubtitlesToLessonInput,
): Promise<SubtitlesToLessonResult> {
  const { files } = input;
  checkFileCount(files, input.layout);
  const texts = files.map((f) => decodeSubtitles(f.name, f.bytes));
  const parsed: SubtitleFileCues[] = [];
  for (const [i, file] of files.entries())
    parsed.push({ name: file.name, cues: await parseSubtitles(file.name, texts[i]!) });
  // Detected even when overruled: it refuses two files in one language, or without either.
  const detected = detectLayout(parsed);
  const layout = input.layout ?? detected;
  const streams = buildStreams(parsed, layout);
  const { units, unpaired } = toUnits(streams.zh, streams.en);
  if (units.length === 0)
    throw new SubtitleError(files[0]!.name, 'no-language', 'no cue holds any text');
  const duration = lessonDuration(units, input.duration, files[0]!.name);
  const passages = groupPassages(units, duration).map((range, i) => {
    const inPassage = units.slice(range.from, range.to);
    const text = (l: Language) =>
      joinText(
        inPassage.map((u) => u[l]).filter((t) => t !== ''),
        l,
      );
    const id = `p${String(i + 1).padStart(2, '0')}`;
    return { id, start: range.start, end: range.end, en: text('en'), zh: text('zh') };
  });
  const missing = (['en', 'zh'] as const).find((l) => streams[l].length === 0);
  const facts = lessonFacts({ ...input, texts, duration, passages: passages.length, missing });
  const lesson = parseLesson({
    ...facts,
    passages,
    terms: [],
    ...(missing && { missingLanguage: missing }),
  });
  const text = (cue: StreamCue | undefined) => cue?.text ?? '';
  const summary = {
    passages: passages.length,
    cues: { zh: streams.zh.length, en: streams.en.length },
    unpaired,
    duration,
    first: { zh: text(streams.zh[0]), en: text(streams.en[0]) },
    last: { zh: text(streams.zh.at(-1)), en: text(streams.en.at(-1)) },
  };
  return { lesson, layout, summary };
}
