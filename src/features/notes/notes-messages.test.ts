import { setUiLanguage, translate } from '@/i18n/ui-language';
import { describeImportRefusal, describeNotesProblem } from './notes-messages';
import type { NotesProblem } from './notes-storage';

const KEY = 'tandem:v1:notes:digital-china-12';

describe('notes messages', () => {
  it('words each storage problem, naming where unreadable notes were kept', () => {
    const problems: NotesProblem[] = [
      { code: 'corrupt', key: KEY, asideKey: `${KEY}:backup:2025` },
      { code: 'corrupt-kept', key: KEY, reason: 'quota' },
      { code: 'read-denied', key: KEY },
      { code: 'quota', key: KEY, errorName: 'QuotaExceededError' },
      { code: 'denied', key: KEY, errorName: 'SecurityError' },
      { code: 'failed', key: KEY, errorName: 'InvalidStateError' },
      { code: 'no-lesson' },
    ];
    const english = problems.map((problem) => describeNotesProblem(problem, translate));
    expect(new Set(english).size).toBe(problems.length);
    expect(english[0]).toBe(
      `Saved notes could not be read; they were kept aside as a backup (${KEY}:backup:2025).`,
    );
    expect(english[1]).toContain(`left untouched (${KEY})`);
    expect(english[5]).toContain('(InvalidStateError)');
  });

  it('words them in the interface’s language at the time they are shown', () => {
    const problem: NotesProblem = { code: 'quota', key: KEY, errorName: 'QuotaExceededError' };
    setUiLanguage('zh');
    expect(describeNotesProblem(problem, translate)).toBe(
      '存储空间已满：这条笔记还没有保存。请释放一些空间或导出笔记。',
    );
    expect(describeImportRefusal({ code: 'not-json' }, translate)).toBe(
      '无法导入此文件：它不是 JSON 文件。未做任何更改。',
    );
  });

  it('lists at most three fields at fault and counts the rest', () => {
    const fields = ['notes.0.text', 'notes.1.id', 'notes.2.createdAt'];
    expect(describeImportRefusal({ code: 'invalid', fields, more: 2 }, translate)).toBe(
      'This file cannot be imported: some notes are incomplete or invalid (notes.0.text, notes.1.id, notes.2.createdAt and 2 more). Nothing was changed.',
    );
  });
});
