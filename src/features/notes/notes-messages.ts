/**
 * The words for the notes' problems and refused files, in the interface's current language:
 * storage and import speak in codes, so a switch of language rewords what is on screen.
 */
import type { Translate } from '@/i18n/ui-language';
import type { NotesProblem } from './notes-storage';
import type { ImportRefusal } from './notes-transfer';

export function describeNotesProblem(problem: NotesProblem, t: Translate): string {
  switch (problem.code) {
    case 'corrupt':
      return t('notes.keptAside', { key: problem.asideKey });
    case 'corrupt-kept':
      return t('notes.leftInPlace', { key: problem.key });
    case 'read-denied':
      return t('notes.readDenied');
    case 'quota':
      return t('notes.storageFull');
    case 'denied':
      return t('notes.storageDenied');
    case 'failed':
      return t('notes.storageFailed', { name: problem.errorName || 'Error' });
    case 'no-lesson':
      return t('notes.noLesson');
  }
}

function refusalReason(refusal: Exclude<ImportRefusal, { code: 'no-lesson' }>, t: Translate) {
  switch (refusal.code) {
    case 'empty':
      return t('notes.refusedEmpty');
    case 'not-json':
      return t('notes.refusedNotJson');
    case 'not-notes':
      return t('notes.refusedNotNotes');
    case 'version':
      return t('notes.refusedVersion', refusal);
    case 'other-lesson':
      return t('notes.refusedLesson', refusal);
    case 'invalid': {
      const fields = refusal.fields.join(', ');
      return refusal.more > 0
        ? t('notes.refusedInvalidMore', { fields, more: refusal.more })
        : t('notes.refusedInvalid', { fields });
    }
    case 'unknown-passage':
      return t('notes.refusedPassage', refusal);
  }
}

export function describeImportRefusal(refusal: ImportRefusal, t: Translate): string {
  if (refusal.code === 'no-lesson') return t('notes.importNoLesson');
  return t('notes.importRefused', { reason: refusalReason(refusal, t) });
}
