import fc from 'fast-check';
import { type Note, notesDocumentSchema } from './notes-schema';
import { loadStoredNotes, notesKey, saveStoredNotes } from './notes-storage';

/** Any code point, lone surrogates included (fast-check 4's `unit: 'binary'` is slow to build). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const TRICKY = ['<script>alert(1)</script>', '"', "'", '\\', '\n', '\r\n', '\u2028', '\0'];
const trickyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRICKY, '😀', '👩‍👩‍👧', '数字治理', '\ud800', '  '),
      fc.string({ unit: anyCodePoint, maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** ISO times as this app writes them, without milliseconds, and with an offset. */
const isoTime = fc
  .tuple(
    fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('ms', 'seconds', 'offset'),
  )
  .map(([date, form]) => {
    const iso = date.toISOString();
    if (form === 'seconds') return iso.replace(/\.\d{3}Z$/, 'Z');
    return form === 'offset' ? iso.replace(/Z$/, '+08:00') : iso;
  });

const noteArb: fc.Arbitrary<Note> = fc.record({
  id: fc.oneof(
    fc.uuid(),
    trickyText.filter((id) => id !== ''),
  ),
  passageId: fc.oneof(
    fc.constantFrom('p01', 'p02', 'p13'),
    trickyText.filter((p) => p !== ''),
  ),
  text: trickyText.filter((text) => text.trim() !== ''),
  createdAt: isoTime,
  updatedAt: isoTime,
});
const lessonIdArb = fc.oneof(
  fc.constantFrom('digital-china-12', 'a'),
  trickyText.filter((id) => id !== ''),
);

describe('notes storage properties', () => {
  beforeEach(() => localStorage.clear());

  it('loads back exactly the notes it saved, with nothing to report', () => {
    fc.assert(
      fc.property(lessonIdArb, fc.array(noteArb, { maxLength: 6 }), (lessonId, notes) => {
        localStorage.clear();
        expect(saveStoredNotes(lessonId, notes)).toEqual({ ok: true });
        expect(loadStoredNotes(lessonId)).toEqual({ notes });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps each lesson’s notes apart', () => {
    const twoLessons = fc.uniqueArray(lessonIdArb, { minLength: 2, maxLength: 2 });
    const notes = fc.array(noteArb, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(twoLessons, notes, notes, ([a, b], notesA, notesB) => {
        localStorage.clear();
        saveStoredNotes(a!, notesA);
        saveStoredNotes(b!, notesB);
        expect(loadStoredNotes(a!).notes).toEqual(notesA);
        expect(loadStoredNotes(b!).notes).toEqual(notesB);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on stored garbage, and keeps what it cannot read aside verbatim', () => {
    const LESSON = 'digital-china-12';
    const nearDocument = fc
      .record({
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        lessonId: fc.oneof(fc.constant(LESSON), fc.jsonValue()),
        notes: fc.array(fc.oneof(noteArb, fc.jsonValue()), { maxLength: 3 }),
      })
      .map((doc) => JSON.stringify(doc));
    const raw = fc.oneof(
      fc.string({ unit: anyCodePoint }),
      fc.json(),
      { arbitrary: nearDocument, weight: 3 },
      nearDocument.map((doc) => doc.slice(0, -1)),
    );
    fc.assert(
      fc.property(raw, (text) => {
        localStorage.clear();
        localStorage.setItem(notesKey(LESSON), text);
        const loaded = loadStoredNotes(LESSON);
        if (isReadable(text, LESSON)) {
          expect(loaded).toEqual({ notes: notesDocumentSchema.parse(JSON.parse(text)).notes });
          return;
        }
        expect(loaded.notes).toEqual([]);
        expect(loaded.notice).toMatchObject({ code: 'corrupt' });
        const backup = loaded.notice?.code === 'corrupt' ? loaded.notice.asideKey : '';
        expect(localStorage.getItem(backup)).toBe(text);
        expect(localStorage.getItem(notesKey(LESSON))).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

function isReadable(text: string, lessonId: string): boolean {
  try {
    const parsed = notesDocumentSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.lessonId === lessonId;
  } catch {
    return false;
  }
}
