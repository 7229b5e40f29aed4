/**
 * What the "Add a lesson" form shows before saving, and saves: the lesson made from the
 * chosen subtitles (through subtitlesToLesson, the CLI's code) or read from a lesson file,
 * with the glossary's terms and the video's address or length. Any problem throws, so the
 * form either has a whole lesson or a message, never half of one.
 */
import { kebab } from '@/domain/lesson-import-terms';
import { importLesson } from '@/domain/lesson-importer';
import { readLessonFile } from '@/domain/lesson-file';
import { parseLesson, type Lesson } from '@/domain/lesson-schema';
import { decodeSubtitles } from './decode-subtitles';
import type { Language, Layout } from './detect-layout';
import { readGlossary } from './glossary-file';
import { subtitlesToLesson, type SubtitleFile } from './subtitles-to-lesson';

export interface DraftInput {
  subtitles: readonly SubtitleFile[];
  /** A lesson file given instead of subtitles. */
  lessonFile?: SubtitleFile;
  /** The series' post text (pasted or read from a .txt), given instead of subtitles. */
  post?: string;
  title: string;
  layout?: Layout;
  glossary?: SubtitleFile;
  /** An http(s) address of the video. */
  videoSrc?: string;
  /** The chosen video's length, seconds. */
  duration?: number;
}

type Pair = Record<Language, string>;

export interface Draft {
  lesson: Lesson;
  /** The layout used; undefined for a lesson file. */
  layout?: Layout;
  passages: number;
  terms: number;
  first: Pair;
  last: Pair;
  missing?: Language;
  /** Subtitles only: cues read per language, and those with none of the other beside them. */
  cues?: Record<Language, number>;
  unpaired?: Record<Language, number>;
}

/** A problem found in one of the chosen files: which file, and the error. */
export class DraftFileError extends Error {
  constructor(
    readonly file: string,
    readonly error: unknown,
  ) {
    super(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    this.name = 'DraftFileError';
  }
}

function fromLessonFile({ name, bytes }: SubtitleFile): Lesson {
  try {
    return readLessonFile(decodeSubtitles(name, bytes));
  } catch (error) {
    throw new DraftFileError(name, error);
  }
}

const firstAndLast = (lesson: Lesson, at: 0 | -1): Pair => ({
  zh: lesson.passages.at(at)!.zh,
  en: lesson.passages.at(at)!.en,
});

/** The post through the CLI's importer; a Title given renames it (and so gives its id). */
function fromPost(post: string, title: string): Lesson {
  const named = importLesson(post, { id: 'post' }).title;
  const en = title.trim() || named.en;
  const lesson = importLesson(post, { id: kebab(en) || 'post' });
  return { ...lesson, title: { ...named, en } };
}

export async function makeDraft(input: DraftInput): Promise<Draft> {
  const terms = input.glossary
    ? readGlossary(input.glossary.name, decodeSubtitles(input.glossary.name, input.glossary.bytes))
    : undefined;
  const sources = input.videoSrc ? [{ src: input.videoSrc, type: 'video/mp4' }] : undefined;
  if (input.lessonFile || input.post) {
    const read = input.post ? fromPost(input.post, input.title) : fromLessonFile(input.lessonFile!);
    const lesson = parseLesson({
      ...read,
      terms: terms ?? read.terms,
      sources: sources ?? read.sources,
    });
    return {
      lesson,
      passages: lesson.passages.length,
      terms: lesson.terms.length,
      first: firstAndLast(lesson, 0),
      last: firstAndLast(lesson, -1),
      missing: lesson.missingLanguage,
    };
  }
  const made = await subtitlesToLesson({
    files: input.subtitles,
    title: input.title,
    layout: input.layout,
    duration: input.duration,
    videoSrc: input.videoSrc,
  });
  const lesson = terms ? parseLesson({ ...made.lesson, terms }) : made.lesson;
  const { summary } = made;
  return {
    lesson,
    layout: made.layout,
    passages: summary.passages,
    terms: lesson.terms.length,
    first: summary.first,
    last: summary.last,
    missing: lesson.missingLanguage,
    cues: summary.cues,
    unpaired: summary.unpaired,
  };
}
