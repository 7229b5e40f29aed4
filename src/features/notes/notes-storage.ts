/**
 * Notes saved through the storage module, one document per lesson
 * (`tandem:v1:notes:<lessonId>`). Nothing a teacher wrote is dropped silently: unreadable data
 * is moved aside before anything may overwrite it, and a failed write says why (a code), so
 * the caller can keep the text on screen. Notes show their problems beside the notes, so the
 * storage module does not report them as page notices.
 */
import * as z from 'zod/mini';
import { defineSetting, type Loaded, type Setting } from '@/lib/storage/define-setting';
import type { StorageProblem, WriteFailure } from '@/lib/storage/storage-problems';
import {
  makeNotesDocument,
  type Note,
  type NotesDocument,
  notesDocumentSchema,
} from './notes-schema';

/** What the teacher is told about saved notes; the interface words it (notes-messages.ts). */
export type NotesProblem = StorageProblem | { code: 'no-lesson' };

export interface LoadedNotes {
  notes: Note[];
  /** Something the teacher must know about what is stored (moved aside, unreadable). */
  notice?: StorageProblem;
  /** Set when writing now would destroy data that could not be moved aside: the reason. */
  blocked?: WriteFailure;
}

export type SaveResult = { ok: true } | { ok: false; problem: NotesProblem };

const settings = new Map<string, Setting<NotesDocument>>();

function notesSetting(lessonId: string): Setting<NotesDocument> {
  let setting = settings.get(lessonId);
  if (setting) return setting;
  setting = defineSetting<NotesDocument>({
    name: `notes:${lessonId}`,
    version: 1,
    // Another lesson's document under this key is as unreadable as garbage.
    schema: notesDocumentSchema.check(z.refine((doc) => doc.lessonId === lessonId)),
    fallback: makeNotesDocument(lessonId, []),
    legacy: [{ key: `tandem:notes:v1:${lessonId}` }],
    report: false,
  });
  settings.set(lessonId, setting);
  return setting;
}

export const notesKey = (lessonId: string) => notesSetting(lessonId).key;

function toLoadedNotes({ value, problem, blocked }: Loaded<NotesDocument>): LoadedNotes {
  const loaded: LoadedNotes = { notes: value.notes };
  if (problem) loaded.notice = problem;
  if (blocked) loaded.blocked = blocked;
  return loaded;
}

export function loadStoredNotes(lessonId: string): LoadedNotes {
  return toLoadedNotes(notesSetting(lessonId).load());
}

export function saveStoredNotes(lessonId: string, notes: readonly Note[]): SaveResult {
  const setting = notesSetting(lessonId);
  // No document for no notes: deleting the last note leaves nothing behind.
  return notes.length === 0 ? setting.remove() : setting.write(makeNotesDocument(lessonId, notes));
}

/** Calls `onChange` with what another tab left in a lesson's notes; returns the stop function. */
export function watchStoredNotes(
  lessonId: string,
  onChange: (stored: LoadedNotes) => void,
): () => void {
  return notesSetting(lessonId).subscribe((loaded) => onChange(toLoadedNotes(loaded)));
}
