import fc from 'fast-check';
import { translate } from '@/i18n/ui-language';
import { describeImportRefusal } from './notes-messages';
import { type Note, noteSchema } from './notes-schema';
import { mergeImported, notesToJson, parseNotesFile } from './notes-transfer';

const LESSON = 'digital-china-12';
const PASSAGES = ['p01', 'p02', 'p03'];

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

const isoTime = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

const noteWith = (text: fc.Arbitrary<string>, id: fc.Arbitrary<string>): fc.Arbitrary<Note> =>
  fc.record({
    id,
    passageId: fc.constantFrom(...PASSAGES),
    text: text.filter((t) => t.trim() !== ''),
    createdAt: isoTime,
    updatedAt: isoTime,
  });
const noteArb = noteWith(trickyText, fc.oneof(fc.uuid(), fc.constantFrom('n1', 'n2', 'n3')));

/** A few short texts, re-spaced at the ends, so imported notes often equal existing ones. */
const plainText = fc
  .tuple(fc.constantFrom('Mine.', 'Theirs.', '数字治理', 'Mine'), fc.constantFrom('', ' ', '\n'))
  .map(([text, space]) => `${space}${text}${space}`);
const noteId = fc.constantFrom('n1', 'n2', 'n3', 'n4', 'n5');
const mergeNote = noteWith(plainText, noteId);
/** Imported notes: fresh ones and copies of existing ones under another id or spacing. */
const mergeCase = fc
  .uniqueArray(mergeNote, { selector: (n) => n.id, maxLength: 4 })
  .chain((existing) =>
    fc.record({
      existing: fc.constant(existing),
      imported: fc.array(
        existing.length === 0
          ? mergeNote
          : fc.oneof(
              mergeNote,
              fc
                .tuple(fc.constantFrom(...existing), fc.constantFrom('', ' ', '\r\n'), noteId)
                .map(([note, space, id]) => ({ ...note, id, text: note.text + space })),
            ),
        { maxLength: 5 },
      ),
    }),
  );

const pairKey = (n: Note) => JSON.stringify([n.passageId, n.text.trim()]);

describe('notes file properties', () => {
  it('imports back exactly the notes it exported', () => {
    fc.assert(
      fc.property(fc.array(noteArb, { maxLength: 6 }), (notes) => {
        expect(parseNotesFile(notesToJson(LESSON, notes), LESSON, PASSAGES)).toEqual({
          ok: true,
          notes,
        });
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on garbage: refuses it with a reason, or accepts only valid notes', () => {
    const nearFile = fc
      .record({
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        lessonId: fc.oneof(fc.constant(LESSON), fc.jsonValue()),
        notes: fc.array(
          fc.oneof(
            noteArb,
            noteArb.map((note) => ({ ...note, passageId: 'p99' })),
            fc
              .tuple(noteArb, fc.constantFrom('id', 'text', 'createdAt'), fc.jsonValue())
              .map(([note, field, value]) => ({ ...note, [field]: value })),
          ),
          { maxLength: 3 },
        ),
      })
      .map((file) => JSON.stringify(file));
    const garbage = fc.oneof(
      fc.string({ unit: anyCodePoint }),
      fc.json(),
      fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
      { arbitrary: nearFile, weight: 3 },
      nearFile.map((file) => file.slice(0, -2)),
    );
    fc.assert(
      fc.property(garbage, (text) => {
        const parsed = parseNotesFile(text, LESSON, PASSAGES);
        if (parsed.ok) {
          for (const note of parsed.notes) {
            expect(noteSchema.safeParse(note).success).toBe(true);
            expect(PASSAGES).toContain(note.passageId);
          }
        } else {
          expect(describeImportRefusal(parsed.refusal, translate)).toMatch(
            /^This file cannot be imported: .+ Nothing was changed\.$/s,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('mergeImported properties', () => {
  it('keeps every existing note as it was, in place, and adds after them', () => {
    fc.assert(
      fc.property(mergeCase, ({ existing, imported }) => {
        const merged = mergeImported(existing, imported);
        expect(merged.notes).toEqual([...existing, ...merged.added]);
        expect(merged.added.length + merged.kept).toBe(imported.length);
      }),
      { numRuns: 300 },
    );
  });

  it('loses no imported note, and never adds one identical to a note already there', () => {
    fc.assert(
      fc.property(mergeCase, ({ existing, imported }) => {
        const merged = mergeImported(existing, imported);
        const keys = new Set(merged.notes.map(pairKey));
        for (const note of imported) expect(keys).toContain(pairKey(note));
        const addedKeys = merged.added.map(pairKey);
        expect(new Set(addedKeys).size).toBe(addedKeys.length);
        const existingKeys = new Set(existing.map(pairKey));
        for (const key of addedKeys) expect(existingKeys).not.toContain(key);
        // An added note is the imported note itself, perhaps under a new id.
        for (const note of merged.added)
          expect(imported).toContainEqual({ ...note, id: expect.any(String) });
      }),
      { numRuns: 300 },
    );
  });

  it('gives every note its own id, and adds nothing when the same file is imported again', () => {
    fc.assert(
      fc.property(mergeCase, ({ existing, imported }) => {
        const merged = mergeImported(existing, imported);
        const ids = merged.notes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        const again = mergeImported(merged.notes, imported);
        expect(again).toEqual({ notes: merged.notes, added: [], kept: imported.length });
      }),
      { numRuns: 300 },
    );
  });
});
