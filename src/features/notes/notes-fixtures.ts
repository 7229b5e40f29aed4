/** Test data for the notes tests: notes and stored documents written as another tab would. */
import type { Note } from './notes-schema';
import { notesKey } from './notes-storage';

export const LESSON_ID = 'fixture-lesson';

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: 'n1',
    passageId: 'p01',
    text: 'Explain 数字治理.',
    createdAt: '2025-04-11T10:00:00.000Z',
    updatedAt: '2025-04-11T10:00:00.000Z',
    ...overrides,
  };
}

export function notesFile(notes: Note[], lessonId = LESSON_ID, version: unknown = 1): string {
  return JSON.stringify({ version, lessonId, notes });
}

/** Writes straight to storage, as another tab or an earlier visit would have. */
export function storeNotes(notes: Note[], lessonId = LESSON_ID) {
  localStorage.setItem(notesKey(lessonId), notesFile(notes, lessonId));
}

export function storedNotes(lessonId = LESSON_ID): Note[] | null {
  const raw = localStorage.getItem(notesKey(lessonId));
  return raw === null ? null : (JSON.parse(raw) as { notes: Note[] }).notes;
}

export function storedTexts(lessonId = LESSON_ID): string[] {
  return (storedNotes(lessonId) ?? []).map((n) => n.text);
}
