/**
 * Notes in localStorage, one document per lesson. Nothing a teacher wrote is dropped silently:
 * unreadable data is copied aside before anything may overwrite it, and a failed write says why,
 * so the caller can keep the text on screen.
 */
import { makeNotesDocument, type Note, notesDocumentSchema } from './notes-schema';

export const notesKey = (lessonId: string) => `tandem:notes:v1:${lessonId}`;

export const STORAGE_FULL_MESSAGE =
  'Storage is full: this note is not saved yet. Free some space or export your notes.';
export const STORAGE_DENIED_MESSAGE =
  'This browser does not let Tandem store data: this note is not saved yet. Allow site data for Tandem or export your notes.';
export const READ_DENIED_NOTICE =
  'Saved notes cannot be read: this browser does not let Tandem use its storage. Notes written now are not kept after you leave; export them.';

export interface LoadedNotes {
  notes: Note[];
  /** Something the teacher must know about what is stored (kept aside, unreadable). */
  notice?: string;
  /** Set when writing now would destroy data that could not be kept aside: the reason. */
  blocked?: string;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

// Reading `window.localStorage` itself throws a SecurityError when site data is blocked,
// so it is only ever touched inside a try.
const storage = (): Storage => window.localStorage;

export function loadStoredNotes(lessonId: string): LoadedNotes {
  let raw: string | null;
  try {
    raw = storage().getItem(notesKey(lessonId));
  } catch {
    return { notes: [], notice: READ_DENIED_NOTICE, blocked: STORAGE_DENIED_MESSAGE };
  }
  if (raw === null) return { notes: [] };
  const notes = parseStored(raw, lessonId);
  return notes ? { notes } : setAside(lessonId, raw);
}

function parseStored(raw: string, lessonId: string): Note[] | null {
  try {
    const result = notesDocumentSchema.safeParse(JSON.parse(raw));
    return result.success && result.data.lessonId === lessonId ? result.data.notes : null;
  } catch {
    return null;
  }
}

/** Copies unreadable data to a backup key, then frees the main key for new notes. */
function setAside(lessonId: string, raw: string): LoadedNotes {
  const key = notesKey(lessonId);
  try {
    const backupKey = freeBackupKey(key);
    storage().setItem(backupKey, raw);
    // Removed only once the copy exists, so the next load does not back it up again.
    storage().removeItem(key);
    return {
      notes: [],
      notice: `Saved notes could not be read; they were kept aside as a backup (${backupKey}).`,
    };
  } catch (error) {
    const reason = describeWriteError(error);
    return {
      notes: [],
      notice: `Saved notes could not be read, and there is no room to keep a backup: they are left untouched (${key}) and new notes are not saved until there is.`,
      blocked: reason,
    };
  }
}

function freeBackupKey(key: string): string {
  const base = `${key}:backup:${new Date().toISOString()}`;
  let candidate = base;
  // Two tabs may set aside the same data within one millisecond; never overwrite a backup.
  for (let n = 1; storage().getItem(candidate) !== null; n++) candidate = `${base}-${n}`;
  return candidate;
}

export function saveStoredNotes(lessonId: string, notes: readonly Note[]): SaveResult {
  try {
    // No document for no notes: deleting the last note leaves nothing behind.
    if (notes.length === 0) storage().removeItem(notesKey(lessonId));
    else storage().setItem(notesKey(lessonId), JSON.stringify(makeNotesDocument(lessonId, notes)));
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeWriteError(error) };
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function describeWriteError(error: unknown): string {
  const name = errorName(error);
  // Firefox used its own name; old WebKit only set the legacy code 22.
  const quota =
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (error instanceof DOMException && error.code === 22);
  if (quota) return STORAGE_FULL_MESSAGE;
  if (name === 'SecurityError') return STORAGE_DENIED_MESSAGE;
  return `The browser refused to store notes${name ? ` (${name})` : ''}: this note is not saved yet. Export your notes to keep them.`;
}
