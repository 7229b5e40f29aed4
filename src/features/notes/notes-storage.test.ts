import { makeNote, notesFile, storedTexts, storeNotes, LESSON_ID } from './notes-fixtures';
import { loadStoredNotes, notesKey, saveStoredNotes } from './notes-storage';

const KEY = notesKey(LESSON_ID);

function backupKeys() {
  return Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:backup:`));
}

function failWrites(name: string) {
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('refused', name);
  });
}

describe('notes storage', () => {
  it('stores a lesson under its own versioned key and reads it back', () => {
    expect(saveStoredNotes(LESSON_ID, [makeNote()])).toEqual({ ok: true });
    expect(KEY).toBe('tandem:v1:notes:fixture-lesson');
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({
      version: 1,
      lessonId: LESSON_ID,
    });
    expect(loadStoredNotes(LESSON_ID)).toEqual({ notes: [makeNote()] });
    expect(loadStoredNotes('other-lesson')).toEqual({ notes: [] });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"lessonId":"fixture-less'],
    ['a document of another version', notesFile([makeNote()], LESSON_ID, 2)],
    ['a note without text', notesFile([{ ...makeNote(), text: undefined } as never])],
    ['another lesson’s document', notesFile([makeNote()], 'other-lesson')],
  ])('keeps %s aside as a backup and says where', (_, raw) => {
    localStorage.setItem(KEY, raw);
    const loaded = loadStoredNotes(LESSON_ID);
    const [backup] = backupKeys();
    expect(backup).toMatch(/^tandem:v1:notes:fixture-lesson:backup:\d{4}-\d\d-\d\dT/);
    expect(localStorage.getItem(backup!)).toBe(raw);
    expect(loaded).toEqual({
      notes: [],
      notice: { code: 'corrupt', key: KEY, asideKey: backup },
    });
    // Set aside once: loading again neither backs it up twice nor reports it again.
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(loadStoredNotes(LESSON_ID)).toEqual({ notes: [] });
    expect(backupKeys()).toHaveLength(1);
  });

  it('leaves unreadable data in place, and blocks writing, when no backup fits', () => {
    localStorage.setItem(KEY, 'garbage');
    failWrites('QuotaExceededError');
    const loaded = loadStoredNotes(LESSON_ID);
    expect(loaded.notice).toEqual({ code: 'corrupt-kept', key: KEY, reason: 'quota' });
    expect(loaded.blocked).toBe('quota');
    expect(saveStoredNotes(LESSON_ID, [makeNote()])).toMatchObject({
      ok: false,
      problem: { code: 'quota' },
    });
    expect(localStorage.getItem(KEY)).toBe('garbage');
  });

  it('reports full storage without changing what is stored', () => {
    storeNotes([makeNote({ text: 'before' })]);
    failWrites('QuotaExceededError');
    expect(saveStoredNotes(LESSON_ID, [makeNote({ text: 'after' })])).toEqual({
      ok: false,
      problem: { code: 'quota', key: KEY, errorName: 'QuotaExceededError' },
    });
    expect(storedTexts()).toEqual(['before']);
  });

  it('reports storage the browser denies, for reading and for writing', () => {
    failWrites('SecurityError');
    expect(saveStoredNotes(LESSON_ID, [makeNote()])).toEqual({
      ok: false,
      problem: { code: 'denied', key: KEY, errorName: 'SecurityError' },
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const loaded = loadStoredNotes(LESSON_ID);
    expect(loaded.notes).toEqual([]);
    expect(loaded.notice).toEqual({ code: 'read-denied', key: KEY });
    expect(loaded.blocked).toBe('denied');
  });

  it('moves notes an earlier release stored under its old key to the new one', () => {
    const OLD_KEY = 'tandem:notes:v1:fixture-lesson';
    localStorage.setItem(OLD_KEY, notesFile([makeNote()]));
    expect(loadStoredNotes(LESSON_ID)).toEqual({ notes: [makeNote()] });
    expect(storedTexts()).toEqual([makeNote().text]);
    expect(localStorage.getItem(OLD_KEY)).toBeNull();
  });

  it('removes the document when the last note goes', () => {
    storeNotes([makeNote()]);
    saveStoredNotes(LESSON_ID, []);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
