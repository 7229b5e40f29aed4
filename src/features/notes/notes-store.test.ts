import { forgetPageMemory } from '@/testing/page-memory';
import {
  LESSON_ID,
  makeNote,
  notesFile,
  storedNotes,
  storedTexts,
  storeNotes,
} from './notes-fixtures';
import { notesKey } from './notes-storage';
import {
  flushNotes,
  importNotes,
  loadNotes,
  SAVE_DELAY_MS,
  setNoteText,
  useNotesStore,
} from './notes-store';
import { subscribeNotes } from './notes-sync';

const texts = () => useNotesStore.getState().notes.map((n) => n.text);
const passageIds = ['p01', 'p02', 'p03'];

/** Another tab on the same lesson writes its notes; this tab hears of it by a storage event. */
function otherTabWrites(value: string | null) {
  const key = notesKey(LESSON_ID);
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(
    new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }),
  );
}

function failWrites() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
}

let unsubscribe: () => void = () => undefined;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  unsubscribe();
  vi.useRealTimers();
});

describe('notes store: saving', () => {
  it('writes after a pause in typing, not on every key', () => {
    unsubscribe = subscribeNotes(LESSON_ID);
    setNoteText('p01', 'H');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 100);
    setNoteText('p01', 'Hi');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(storedNotes()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(storedTexts()).toEqual(['Hi']);
  });

  it('keeps a note through a reload', () => {
    loadNotes(LESSON_ID);
    setNoteText('p02', 'Ask about 63.6%');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    forgetPageMemory(); // memory gone, as on reload
    loadNotes(LESSON_ID);
    expect(useNotesStore.getState().notes).toEqual([
      expect.objectContaining({ passageId: 'p02', text: 'Ask about 63.6%' }),
    ]);
  });

  it.each([
    [
      'the page is hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
    ['the page is left', () => window.dispatchEvent(new Event('pagehide'))],
    ['the last subscriber leaves', () => unsubscribe()],
  ])('writes at once when %s', (_, leave) => {
    unsubscribe = subscribeNotes(LESSON_ID);
    setNoteText('p01', 'Unsaved yet');
    leave();
    expect(storedTexts()).toEqual(['Unsaved yet']);
  });

  it('does not write when the page comes back into view', () => {
    unsubscribe = subscribeNotes(LESSON_ID);
    setNoteText('p01', 'Pending');
    document.dispatchEvent(new Event('visibilitychange')); // jsdom: still visible
    expect(storedNotes()).toBeNull();
  });

  it('deletes a note whose text is emptied', () => {
    storeNotes([makeNote()]);
    loadNotes(LESSON_ID);
    setNoteText('p01', '  ');
    expect(flushNotes()).toEqual({ ok: true });
    expect(storedNotes()).toBeNull();
    expect(texts()).toEqual([]);
  });

  it('keeps the text when storage is full, and saves it once there is room', () => {
    loadNotes(LESSON_ID);
    const setItem = failWrites();
    setNoteText('p01', 'Too much');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(useNotesStore.getState().error).toMatchObject({ code: 'quota' });
    expect(texts()).toEqual(['Too much']);
    setItem.mockRestore();
    expect(flushNotes()).toEqual({ ok: true });
    expect(useNotesStore.getState().error).toBeNull();
    expect(storedTexts()).toEqual(['Too much']);
  });

  it('keeps unsaved text of a lesson left while storage was full', () => {
    loadNotes(LESSON_ID);
    const setItem = failWrites();
    setNoteText('p01', 'Not saved');
    loadNotes('another-lesson');
    expect(texts()).toEqual([]);
    setItem.mockRestore();
    loadNotes(LESSON_ID);
    expect(texts()).toEqual(['Not saved']);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storedTexts()).toEqual(['Not saved']);
  });

  it('tells of stored notes it could not read', () => {
    localStorage.setItem(notesKey(LESSON_ID), 'not json');
    loadNotes(LESSON_ID);
    expect(useNotesStore.getState().notice).toEqual({
      code: 'corrupt',
      key: 'tandem:v1:notes:fixture-lesson',
      asideKey: expect.stringMatching(/^tandem:v1:notes:fixture-lesson:backup:/),
    });
  });
});

describe('notes store: two tabs', () => {
  it('shows another tab’s changes, keeping the note being edited here', () => {
    storeNotes([
      makeNote({ id: 'a', text: 'A v1' }),
      makeNote({ id: 'b', passageId: 'p02', text: 'B v1' }),
    ]);
    unsubscribe = subscribeNotes(LESSON_ID);
    setNoteText('p01', 'A edited here');
    otherTabWrites(
      notesFile([
        makeNote({ id: 'a', text: 'A v2 there' }),
        makeNote({ id: 'b', passageId: 'p02', text: 'B v2 there' }),
        makeNote({ id: 'c', passageId: 'p03', text: 'C there' }),
      ]),
    );
    expect(texts().sort()).toEqual(['A edited here', 'B v2 there', 'C there']);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storedTexts().sort()).toEqual(['A edited here', 'B v2 there', 'C there']);
  });

  it('ignores storage events for other keys', () => {
    unsubscribe = subscribeNotes(LESSON_ID);
    localStorage.setItem(notesKey(LESSON_ID), notesFile([makeNote()]));
    window.dispatchEvent(new StorageEvent('storage', { key: 'tandem:v1:preferences' }));
    expect(texts()).toEqual([]);
  });

  it('does not overwrite what another tab saved just before this tab writes', () => {
    unsubscribe = subscribeNotes(LESSON_ID);
    setNoteText('p01', 'Here');
    storeNotes([makeNote({ id: 'there', passageId: 'p02', text: 'There' })]); // no event yet
    flushNotes();
    expect(storedTexts().sort()).toEqual(['Here', 'There']);
  });

  it('keeps this tab’s notes when another tab leaves unreadable data', () => {
    storeNotes([makeNote({ text: 'Saved earlier' })]);
    unsubscribe = subscribeNotes(LESSON_ID);
    otherTabWrites('{broken');
    expect(texts()).toEqual(['Saved earlier']);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storedTexts()).toEqual(['Saved earlier']);
    expect(useNotesStore.getState().notice).toMatchObject({ code: 'corrupt' });
  });
});

describe('notes store: import', () => {
  beforeEach(() => {
    storeNotes([makeNote({ id: 'mine', text: 'Mine.' })]);
    loadNotes(LESSON_ID);
  });

  it('refuses a bad file with its reason and changes nothing', () => {
    const before = localStorage.getItem(notesKey(LESSON_ID));
    const result = importNotes(
      notesFile([makeNote({ text: 'Other lesson' })], 'other'),
      passageIds,
    );
    expect(result).toEqual({
      added: 0,
      kept: 0,
      error: { code: 'other-lesson', fileLesson: 'other', lessonId: LESSON_ID },
    });
    expect(texts()).toEqual(['Mine.']);
    expect(localStorage.getItem(notesKey(LESSON_ID))).toBe(before);
  });

  it('keeps both notes on a conflict and saves at once', () => {
    const result = importNotes(notesFile([makeNote({ id: 'mine', text: 'Theirs.' })]), passageIds);
    expect(result).toEqual({ added: 1, kept: 0 });
    expect(storedTexts()).toEqual(['Mine.', 'Theirs.']);
    const ids = storedNotes()!.map((n) => n.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('does not duplicate identical notes', () => {
    const file = notesFile([
      makeNote({ id: 'x', text: 'Mine.' }),
      makeNote({ id: 'y', passageId: 'p02', text: 'New.' }),
    ]);
    expect(importNotes(file, passageIds)).toEqual({ added: 1, kept: 1 });
    expect(importNotes(file, passageIds)).toEqual({ added: 0, kept: 2 });
    expect(storedTexts()).toEqual(['Mine.', 'New.']);
  });
});
