/**
 * The lesson file: one JSON file holding a whole lesson (transcript, timings, glossary; never
 * the video), written by "Download lesson file" and read back by "Add a lesson", so a teacher
 * can send a lesson made in the browser to students who have their own copy of the video.
 */
import { parseLesson, type Lesson } from './lesson-schema';

export const LESSON_FILE_FORMAT = 'tandem-lesson';
export const LESSON_FILE_VERSION = 1;

export function lessonFileText(lesson: Lesson): string {
  // Object URLs name this page's blobs: they mean nothing on another device.
  const sources = lesson.sources.filter((s) => !s.src.startsWith('blob:'));
  const captions = lesson.captions.map((track) => ({
    ...track,
    src: `/captions/${lesson.id}.${track.language}.vtt`,
  }));
  const kept: Lesson = {
    ...lesson,
    sources: sources.length > 0 ? sources : [{ src: `/media/${lesson.id}.mp4`, type: 'video/mp4' }],
    captions,
  };
  const file = { format: LESSON_FILE_FORMAT, version: LESSON_FILE_VERSION, lesson: kept };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const lessonFileName = (lesson: Lesson) => `${lesson.id}.tandem-lesson.json`;

/** Why a file is not a lesson file, as a code the interface words. */
export type LessonFileProblem = 'not-json' | 'not-lesson-file' | 'version';

export class LessonFileError extends Error {
  constructor(
    readonly problem: LessonFileProblem,
    readonly version?: unknown,
  ) {
    super(`Not a lesson file (${problem})`);
    this.name = 'LessonFileError';
  }
}

/** The lesson in a lesson file; a lesson that fails the schema throws LessonDataError. */
export function readLessonFile(text: string): Lesson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LessonFileError('not-json');
  }
  if (typeof data !== 'object' || data === null || !('format' in data))
    throw new LessonFileError('not-lesson-file');
  if (data.format !== LESSON_FILE_FORMAT || !('lesson' in data))
    throw new LessonFileError('not-lesson-file');
  if (!('version' in data) || data.version !== LESSON_FILE_VERSION)
    throw new LessonFileError('version', 'version' in data ? data.version : undefined);
  return parseLesson(data.lesson);
}
