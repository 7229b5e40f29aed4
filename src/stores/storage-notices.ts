/**
 * Problems with saved settings, told to the reader as a page notice in the interface's
 * language. The storage module has only codes; this is where they become words. Notes show
 * their own problems beside the notes, so they never come here.
 */
import { translate } from '@/i18n/ui-language';
import { onStorageProblem, type StorageProblem } from '@/lib/storage/storage-problems';
import { showNotice } from './notice-store';

function describeStorageProblem(problem: StorageProblem): string {
  switch (problem.code) {
    case 'corrupt':
      return translate('storage.corrupt', { key: problem.asideKey });
    case 'corrupt-kept':
      return translate('storage.corruptKept', { key: problem.key });
    case 'read-denied':
      return translate('storage.readDenied');
    case 'quota':
      return translate('storage.full');
    case 'denied':
      return translate('storage.denied');
    case 'failed':
      return translate('storage.failed', { name: problem.errorName || 'Error' });
  }
}

/** Shows each storage problem once, those found before this was called included. */
export function showStorageProblems(): () => void {
  return onStorageProblem((problem) => showNotice(describeStorageProblem(problem), 'warning'));
}
