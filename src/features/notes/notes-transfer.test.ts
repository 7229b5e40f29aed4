import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { translate } from '@/i18n/ui-language';
import { makeLesson } from '@/testing/lesson-fixture';
import { LESSON_ID, makeNote, notesFile } from './notes-fixtures';
import { describeImportRefusal } from './notes-messages';
import {
  mergeImported,
  notesToJson,
  notesToMarkdown,
  parseNotesFile,
  sortNotes,
} from './notes-transfer';

const lesson = makeLesson();
const passageIds = lesson.passages.map((p) => p.id);

describe('notes export', () => {
  const notes = [
    makeNote({ id: 'b', passageId: 'p03', text: 'Last passage.' }),
    makeNote({
      id: 'a',
      passageId: 'p01',
      text: 'Line one\nline two',
      createdAt: '2025-04-11T10:05:00Z',
    }),
    makeNote({
      id: 'c',
      passageId: 'p01',
      text: 'Written first.',
      createdAt: '2025-04-11T09:00:00Z',
    }),
  ];

  it('writes Markdown: the lesson title, then notes by time under their passage', () => {
    expect(notesToMarkdown(lesson, notes)).toBe(
      [
        '# Notes: A Lesson',
        '',
        '一课',
        '',
        '### 00:25 · 数字治理生态。 · Digital governance first.',
        '',
        'Written first.',
        '',
        'Line one\nline two',
        '',
        '### 01:19 · 各国相互联系。 · Countries are connected.',
        '',
        'Last passage.',
        '',
      ].join('\n'),
    );
  });

  it('heads a long passage with its first Chinese and English words', () => {
    const real = parseLesson(lessonData);
    const markdown = notesToMarkdown(real, [makeNote({ passageId: 'p01' })]);
    expect(markdown).toContain(
      '\n### 00:25 · 数字治理生态和数字领域… · The digital governance ecosystem and international…\n',
    );
  });

  it('writes JSON that imports back unchanged', () => {
    const json = notesToJson(LESSON_ID, notes);
    expect(JSON.parse(json)).toMatchObject({ version: 1, lessonId: LESSON_ID });
    expect(parseNotesFile(json, LESSON_ID, passageIds)).toEqual({ ok: true, notes });
  });

  it('sorts by passage time, then by when each note was written', () => {
    expect(sortNotes(notes, lesson.passages).map((n) => n.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('parseNotesFile', () => {
  it.each([
    ['empty', '', /the file is empty\./],
    ['only blank lines', '\n \n', /the file is empty\./],
    ['not JSON', 'Lesson notes, week 3', /it is not a JSON file\./],
    ['not a notes file', '[1, 2]', /not a Tandem notes file/],
    [
      'another version',
      notesFile([makeNote()], LESSON_ID, 2),
      /version 2; this app reads version 1/,
    ],
    [
      'another lesson',
      notesFile([makeNote()], 'digital-china-11'),
      /for lesson "digital-china-11", not "fixture-lesson"/,
    ],
    [
      'a missing field',
      notesFile([{ ...makeNote(), passageId: undefined } as never]),
      /notes\.0\.passageId/,
    ],
    [
      'an unknown passage',
      notesFile([makeNote({ passageId: 'p99' })]),
      /passage "p99", which this lesson does not have/,
    ],
  ])('refuses %s, with the reason', (_, text, reason) => {
    const parsed = parseNotesFile(text, LESSON_ID, passageIds);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      const message = describeImportRefusal(parsed.refusal, translate);
      expect(message).toMatch(reason);
      expect(message).toMatch(/^This file cannot be imported: .*Nothing was changed\.$/);
    }
  });
});

describe('mergeImported', () => {
  const here = makeNote({ id: 'mine', passageId: 'p01', text: 'Mine.' });

  it('keeps both notes when a passage already has a different one', () => {
    const theirs = makeNote({ id: 'mine', passageId: 'p01', text: 'Theirs.' });
    const merged = mergeImported([here], [theirs]);
    expect(merged.notes.map((n) => n.text)).toEqual(['Mine.', 'Theirs.']);
    expect(merged.notes[1]!.id).not.toBe('mine');
    expect(merged).toMatchObject({ added: [merged.notes[1]], kept: 0 });
  });

  it('does not duplicate an identical note, even under another id or with trailing space', () => {
    const same = makeNote({ id: 'other', passageId: 'p01', text: 'Mine.\n' });
    const fresh = makeNote({ id: 'new', passageId: 'p02', text: 'New.' });
    const merged = mergeImported([here], [same, fresh]);
    expect(merged.notes).toEqual([here, fresh]);
    expect(merged.kept).toBe(1);
  });
});
