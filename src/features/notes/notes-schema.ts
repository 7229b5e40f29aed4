/**
 * The one schema of a lesson's notes. Storage and export use the same versioned document, so
 * an exported file imports back and stored data is checked as strictly as a file.
 */
import * as z from 'zod/mini';

export const NOTES_VERSION = 1;

// Offsets are allowed: a file edited or produced elsewhere may not use UTC.
const isoDate = z.iso.datetime({ offset: true });

export const noteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  passageId: z.string().check(z.minLength(1)),
  // Kept as typed (not trimmed); a note of only blanks is a deleted note and never stored.
  text: z.string().check(z.refine((text) => text.trim() !== '', 'must not be empty')),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const notesDocumentSchema = z.object({
  version: z.literal(NOTES_VERSION),
  lessonId: z.string().check(z.minLength(1)),
  notes: z.array(noteSchema),
});

export type Note = z.infer<typeof noteSchema>;
export type NotesDocument = z.infer<typeof notesDocumentSchema>;

export function makeNotesDocument(lessonId: string, notes: readonly Note[]): NotesDocument {
  return { version: NOTES_VERSION, lessonId, notes: [...notes] };
}

/** `crypto.randomUUID` exists only in secure contexts: a LAN address over http has none. */
export function newNoteId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  return `note-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
