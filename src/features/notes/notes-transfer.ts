/**
 * Notes in and out of files: the versioned JSON document (which imports back) and a Markdown
 * summary for reading. Pure functions; the store applies an import, the panel downloads.
 */
import type * as z from 'zod/mini';
import type { Lesson, Passage } from '@/domain/lesson-schema';
import { formatClock } from '@/utils/time';
import {
  makeNotesDocument,
  newNoteId,
  type Note,
  NOTES_VERSION,
  notesDocumentSchema,
} from './notes-schema';

/** By passage time, then creation; notes of passages no longer in the lesson come last. */
export function sortNotes(notes: readonly Note[], passages: readonly Passage[]): Note[] {
  const starts = new Map(passages.map((p) => [p.id, p.start]));
  const time = (note: Note) => starts.get(note.passageId) ?? Infinity;
  return [...notes].sort((a, b) => time(a) - time(b) || a.createdAt.localeCompare(b.createdAt));
}

export function notesToJson(lessonId: string, notes: readonly Note[]): string {
  return `${JSON.stringify(makeNotesDocument(lessonId, notes), null, 2)}\n`;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : null;

/** The opening of a passage: about six English words, or ten Chinese characters cut at a word. */
export function firstWords(text: string, language: 'en' | 'zh'): string {
  if (language === 'en') {
    const words = text.split(/\s+/);
    return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : text;
  }
  if (text.length <= 10) return text;
  if (!segmenter) return `${text.slice(0, 10)}…`;
  let opening = '';
  for (const { segment } of segmenter.segment(text)) {
    if (opening.length >= 10) break;
    opening += segment;
  }
  return opening.length < text.length ? `${opening}…` : opening;
}

function passageHeading(passage: Passage | undefined, passageId: string): string {
  if (!passage) return `### Passage ${passageId} (no longer in this lesson)`;
  const opening = `${firstWords(passage.zh, 'zh')} · ${firstWords(passage.en, 'en')}`;
  return `### ${formatClock(passage.start)} · ${opening}`;
}

/** Notes of one passage share its heading; note text is the teacher's own Markdown. */
export function notesToMarkdown(lesson: Lesson, notes: readonly Note[]): string {
  const passages = new Map(lesson.passages.map((p) => [p.id, p]));
  const lines = [`# Notes: ${lesson.title.en}`, '', lesson.title.zh, ''];
  let lastPassageId: string | null = null;
  for (const note of sortNotes(notes, lesson.passages)) {
    if (note.passageId !== lastPassageId) {
      lines.push(passageHeading(passages.get(note.passageId), note.passageId), '');
      lastPassageId = note.passageId;
    }
    lines.push(note.text.replace(/\r\n?/g, '\n').trim(), '');
  }
  if (notes.length === 0) lines.push('No notes yet.', '');
  return lines.join('\n');
}

/** Why a notes file is refused, as a code; the interface words it (notes-messages.ts). */
export type ImportRefusal =
  | { code: 'no-lesson' }
  | { code: 'empty' }
  | { code: 'not-json' }
  | { code: 'not-notes' }
  | { code: 'version'; version: string; expected: number }
  | { code: 'other-lesson'; fileLesson: string; lessonId: string }
  /** The first fields at fault, and how many more there are. */
  | { code: 'invalid'; fields: string[]; more: number }
  | { code: 'unknown-passage'; passageId: string };

export type ParsedNotesFile = { ok: true; notes: Note[] } | { ok: false; refusal: ImportRefusal };

const refuse = (refusal: ImportRefusal): ParsedNotesFile => ({ ok: false, refusal });

/** Field paths only: zod's own words would stay in one language. */
function invalidFields(error: z.core.$ZodError): ImportRefusal {
  const fields = error.issues.slice(0, 3).map((i) => i.path.join('.') || '(root)');
  return { code: 'invalid', fields, more: Math.max(0, error.issues.length - 3) };
}

/**
 * Checks a file the way storage is checked, naming the first reason it is refused. The
 * version and lesson are checked first: their message is the one a teacher can act on.
 */
export function parseNotesFile(
  text: string,
  lessonId: string,
  passageIds?: readonly string[],
): ParsedNotesFile {
  if (!text.trim()) return refuse({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  if (typeof data !== 'object' || data === null || !('version' in data))
    return refuse({ code: 'not-notes' });
  if (data.version !== NOTES_VERSION)
    return refuse({
      code: 'version',
      version: JSON.stringify(data.version),
      expected: NOTES_VERSION,
    });
  if ('lessonId' in data && typeof data.lessonId === 'string' && data.lessonId !== lessonId)
    return refuse({ code: 'other-lesson', fileLesson: data.lessonId, lessonId });
  const result = notesDocumentSchema.safeParse(data);
  if (!result.success) return refuse(invalidFields(result.error));
  const known = passageIds && new Set(passageIds);
  const stray = known && result.data.notes.find((n) => !known.has(n.passageId));
  if (stray) return refuse({ code: 'unknown-passage', passageId: stray.passageId });
  return { ok: true, notes: result.data.notes };
}

export interface MergedImport {
  notes: Note[];
  /** The imported notes now added (with their final ids). */
  added: Note[];
  /** Imported notes identical to one already here: kept once, not duplicated. */
  kept: number;
}

const sameText = (a: Note, b: Note) => a.text.trim() === b.text.trim();

/**
 * Adds imported notes without touching any already here. A note that differs from one on the
 * same passage is added beside it under a new id, so neither version is lost.
 */
export function mergeImported(existing: readonly Note[], imported: readonly Note[]): MergedImport {
  const notes = [...existing];
  const added: Note[] = [];
  let kept = 0;
  for (const note of imported) {
    const samePassage = notes.filter((n) => n.passageId === note.passageId);
    if (samePassage.some((n) => sameText(n, note))) {
      kept++;
      continue;
    }
    const clash = samePassage.length > 0 || notes.some((n) => n.id === note.id);
    const next = clash ? { ...note, id: newNoteId() } : note;
    notes.push(next);
    added.push(next);
  }
  return { notes, added, kept };
}
