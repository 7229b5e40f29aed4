/**
 * The notes of the lesson on screen; one store per app. Rules:
 * - the store holds what the teacher sees, saved or not; `dirty` names the notes changed in
 *   this tab and not yet written, so a failed write or another tab never takes typed text away;
 * - typing is written after a pause (debounced), and at once when the page is hidden or left:
 *   mobile browsers may discard a hidden page without any unload event;
 * - every write re-reads storage and applies only this tab's own changes, so two tabs on one
 *   lesson do not overwrite each other (notes-sync.ts shows another tab's changes at once);
 * - problems are codes (`NotesProblem`); the interface words them in its current language.
 */
import { create } from 'zustand';
import { newNoteId, type Note } from './notes-schema';
import {
  type LoadedNotes,
  loadStoredNotes,
  notesKey,
  type NotesProblem,
  saveStoredNotes,
  type SaveResult,
} from './notes-storage';
import { type ImportRefusal, mergeImported, parseNotesFile } from './notes-transfer';

export const SAVE_DELAY_MS = 400;

export interface NotesState {
  lessonId: string | null;
  notes: Note[];
  /** About what was stored (set aside as a backup, unreadable); stays until another load. */
  notice: NotesProblem | null;
  /** Why the last write failed; cleared by the next one that succeeds. */
  error: NotesProblem | null;
}

export interface ImportResult {
  added: number;
  kept: number;
  error?: ImportRefusal;
}

const initialState: NotesState = { lessonId: null, notes: [], notice: null, error: null };

export const useNotesStore = create<NotesState>()(() => ({ ...initialState }));

const get = useNotesStore.getState;
const set = useNotesStore.setState;
let dirty = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** Unsaved notes of a lesson left while its write failed, restored if it is opened again. */
const stranded = new Map<string, { notes: Note[]; dirty: Set<string> }>();

/** Stored notes, with this tab's unsaved changes (by id: edits, additions, deletions) on top. */
function mergeNotes(stored: readonly Note[], local: readonly Note[]): Note[] {
  const mine = new Map(local.map((n) => [n.id, n]));
  const theirs = stored
    .filter((n) => !dirty.has(n.id))
    // The local object when unchanged, so rows showing it do not re-render.
    .map((n) => {
      const same = mine.get(n.id);
      return same && same.updatedAt === n.updatedAt && same.text === n.text ? same : n;
    });
  return [...theirs, ...local.filter((n) => dirty.has(n.id))];
}

/**
 * Merges what storage holds. Unreadable data was just set aside, so every local note must be
 * written again; when storage cannot be used at all, the local notes stay as they are.
 */
function readMerged(stored: LoadedNotes, local: readonly Note[]) {
  if (stored.blocked) return { notes: [...local], notice: stored.notice, blocked: stored.blocked };
  if (stored.notice) local.forEach((n) => dirty.add(n.id));
  return { notes: mergeNotes(stored.notes, local), notice: stored.notice };
}

function cancelTimer() {
  clearTimeout(timer);
  timer = undefined;
}

function scheduleSave() {
  cancelTimer();
  timer = setTimeout(flushNotes, SAVE_DELAY_MS);
}

/** Writes pending changes now. The result says whether the teacher's text is safe. */
export function flushNotes(): SaveResult {
  cancelTimer();
  const { lessonId, notes } = get();
  if (dirty.size === 0) return { ok: true };
  if (!lessonId) return { ok: false, problem: { code: 'no-lesson' } };
  const merged = readMerged(loadStoredNotes(lessonId), notes);
  const result: SaveResult = merged.blocked
    ? { ok: false, problem: { code: merged.blocked, key: notesKey(lessonId), errorName: '' } }
    : saveStoredNotes(lessonId, merged.notes);
  if (result.ok) dirty.clear();
  set({
    notes: merged.notes,
    notice: merged.notice ?? get().notice,
    error: result.ok ? null : result.problem,
  });
  return result;
}

/** Leaves a lesson; what cannot be written stays in memory for when it is opened again. */
function leaveLesson(lessonId: string) {
  flushNotes();
  if (dirty.size > 0) stranded.set(lessonId, { notes: get().notes, dirty });
  dirty = new Set();
}

/**
 * Opens a lesson's notes; for the lesson already open, picks up what storage has now (`stored`
 * when the caller has just read it: another tab's change).
 */
export function loadNotes(lessonId: string, stored?: LoadedNotes) {
  const current = get();
  let local = current.notes;
  let { notice, error } = current;
  if (current.lessonId !== lessonId) {
    if (current.lessonId !== null) leaveLesson(current.lessonId);
    const left = stranded.get(lessonId);
    stranded.delete(lessonId);
    dirty = left?.dirty ?? new Set();
    local = left?.notes ?? [];
    notice = error = null;
  }
  const merged = readMerged(stored ?? loadStoredNotes(lessonId), local);
  set({ lessonId, notes: merged.notes, notice: merged.notice ?? notice, error });
  if (dirty.size > 0) scheduleSave();
}

/**
 * Creates, updates or (for blank text) deletes a note as the teacher types; written after a
 * pause. Without `id`, the passage's first note. Returns the note's id, which stays valid
 * even after blank text deleted it: typing again recreates the same note.
 */
export function setNoteText(passageId: string, text: string, id?: string): string {
  const { notes } = get();
  const existing = id
    ? notes.find((n) => n.id === id)
    : notes.find((n) => n.passageId === passageId);
  const noteId = existing?.id ?? id ?? newNoteId();
  if (existing?.text === text) return noteId;
  const now = new Date().toISOString();
  const others = notes.filter((n) => n.id !== noteId);
  if (text.trim() === '') {
    if (!existing) return noteId;
    set({ notes: others });
  } else if (existing) {
    set({ notes: notes.map((n) => (n.id === noteId ? { ...n, text, updatedAt: now } : n)) });
  } else {
    set({ notes: [...others, { id: noteId, passageId, text, createdAt: now, updatedAt: now }] });
  }
  dirty.add(noteId);
  scheduleSave();
  return noteId;
}

/** A deliberate click, not typing: written at once. */
export function deleteNote(id: string): SaveResult {
  const { notes } = get();
  if (!notes.some((n) => n.id === id)) return { ok: true };
  set({ notes: notes.filter((n) => n.id !== id) });
  dirty.add(id);
  return flushNotes();
}

/** Imports a notes file into the open lesson; a refused file changes nothing. */
export function importNotes(json: string, passageIds?: readonly string[]): ImportResult {
  const { lessonId, notes } = get();
  if (!lessonId) return { added: 0, kept: 0, error: { code: 'no-lesson' } };
  const parsed = parseNotesFile(json, lessonId, passageIds);
  if (!parsed.ok) return { added: 0, kept: 0, error: parsed.refusal };
  const merged = mergeImported(notes, parsed.notes);
  merged.added.forEach((n) => dirty.add(n.id));
  set({ notes: merged.notes });
  flushNotes();
  return { added: merged.added.length, kept: merged.kept };
}

/**
 * For tests: forgets, without writing, the unsaved changes and the pending write kept beside
 * the store; the store itself is reset with every other store.
 * @internal
 */
export function resetNotesModuleState() {
  cancelTimer();
  dirty = new Set();
  stranded.clear();
}
