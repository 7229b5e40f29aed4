import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseLesson } from '@/domain/lesson-schema';
import { ImportError } from '@/domain/import-error';
import { importLesson } from '@/domain/lesson-importer';

// A string, not a URL object: jsdom's URL class is not the one Node's fileURLToPath accepts.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(ROOT, 'data/sources/digital-china-12.txt'), 'utf8');
const extraText = readFileSync(join(ROOT, 'data/sources/digital-china-12.extra.json'), 'utf8');
const sourceLines = source.split('\n');
const TIMESTAMP_LINES = sourceLines.flatMap((line, i) => (/^\d\d:\d\d$/.test(line) ? [i] : []));

/** Any code point, lone surrogates included (fast-check 4's `unit: 'binary'` is slow to build). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
/**
 * Text a mangled post might hold: random characters and the importer's own vocabulary.
 * Footnote-shaped lines are left out: see the note on the edits below.
 */
const noise = fc.oneof(
  fc.string({ unit: anyCodePoint, maxLength: 20 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '',
    '\n',
    '\r\n',
    '\r',
    '\uFEFF',
    '\0',
    '00:00',
    '09:13',
    '99:99',
    '1:00:00',
    'Length: 00:00',
    'Length: 0:01',
    'Speaker: A (中)',
    'Footnotes',
    'Video Transcript and Translation:',
    '(Lesson 14 of 13)',
    '数字',
  ),
);

/** An edit of the post as data, so a counterexample reads as the edits rather than the text. */
type Edit =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; line: number; with: number }
  | { kind: 'insertLine' | 'replaceTimestamp'; line: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'insertText'; at: number; text: string };

/** Footnote-shaped lines, some with an English term that cannot make an id. */
const footnoteLine = fc
  .tuple(fc.constantFrom('x', '中', 'systemic planning', '—'), noise)
  .map(([term, body]) => `- ${term} (中). ${body}`);

/** Positions are taken modulo the post's length as edited so far. */
const position = fc.nat({ max: 100_000 });
const EDITS: Record<Edit['kind'], fc.Arbitrary<Edit>> = {
  delete: fc.record({ kind: fc.constant('delete'), line: position }),
  duplicate: fc.record({ kind: fc.constant('duplicate'), line: position }),
  swap: fc.record({ kind: fc.constant('swap'), line: position, with: position }),
  insertLine: fc.record({
    kind: fc.constant('insertLine'),
    line: position,
    text: fc.oneof(noise, footnoteLine),
  }),
  replaceTimestamp: fc.record({
    kind: fc.constant('replaceTimestamp'),
    line: fc.constantFrom(...TIMESTAMP_LINES),
    text: noise,
  }),
  truncate: fc.record({ kind: fc.constant('truncate'), at: position }),
  insertText: fc.record({ kind: fc.constant('insertText'), at: position, text: noise }),
};
const editsOf = (kinds: readonly Edit['kind'][]) =>
  fc.array(fc.oneof(...kinds.map((kind) => EDITS[kind])), { minLength: 1, maxLength: 3 });

function applyLineEdit(lines: string[], edit: Edit): void {
  const i = 'line' in edit ? edit.line % lines.length : 0;
  if (edit.kind === 'delete') lines.splice(i, 1);
  if (edit.kind === 'duplicate') lines.splice(i, 0, lines[i]!);
  if (edit.kind === 'swap') {
    const j = edit.with % lines.length;
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  if (edit.kind === 'insertLine') lines.splice(edit.line % (lines.length + 1), 0, edit.text);
  if (edit.kind === 'replaceTimestamp' && edit.line < lines.length) lines[edit.line] = edit.text;
}

/** The real post after some line edits, then perhaps truncated or with text inserted. */
function mangle(edits: readonly Edit[]): string {
  const lines = [...sourceLines];
  for (const edit of edits) if ('line' in edit && lines.length > 0) applyLineEdit(lines, edit);
  let text = lines.join('\n');
  for (const edit of edits) {
    if (edit.kind === 'truncate') text = text.slice(0, edit.at % (text.length + 1));
    if (edit.kind === 'insertText') {
      const i = edit.at % (text.length + 1);
      text = `${text.slice(0, i)}${edit.text}${text.slice(i)}`;
    }
  }
  return text;
}

const lineCount = (text: string) => text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;

/** A Lesson that passes the schema, or an ImportError pointing at a real line; nothing else. */
function expectLessonOrImportError(text: string, extra?: string) {
  let lesson;
  try {
    lesson = importLesson(text, { id: 'mangled', extraText: extra });
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const lines = lineCount(error.origin === 'extra' ? extra! : text);
    expect(Number.isInteger(error.line)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lines);
    expect(error.reason.trim()).not.toBe('');
    return;
  }
  expect(parseLesson(lesson)).toEqual(lesson);
}

describe('importLesson on any input', () => {
  it('turns arbitrary text into a lesson or an ImportError at a real line', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: anyCodePoint }),
          fc.string({ unit: 'grapheme' }),
          fc.array(noise, { maxLength: 12 }).map((parts) => parts.join('\n')),
        ),
        (text) => expectLessonOrImportError(text),
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['deleting lines', ['delete']],
    ['duplicating lines', ['duplicate']],
    ['swapping lines', ['swap']],
    ['truncating it', ['truncate']],
    ['inserting random lines or text', ['insertLine', 'insertText']],
    ['replacing timestamps with random text', ['replaceTimestamp']],
  ] as const)('turns the real post after %s into a lesson or an ImportError', (_, kinds) => {
    fc.assert(
      fc.property(editsOf(kinds), (e) => expectLessonOrImportError(mangle(e))),
      { numRuns: 60 },
    );
  });

  it('does the same for mixed edits, with the sidecar, blaming lines of the file at fault', () => {
    fc.assert(
      fc.property(editsOf(Object.keys(EDITS) as Edit['kind'][]), (e) =>
        expectLessonOrImportError(mangle(e), extraText),
      ),
      { numRuns: 120 },
    );
  });
});
