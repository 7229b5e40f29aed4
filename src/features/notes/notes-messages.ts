import { translate } from '@/i18n/ui-language';
import { READ_DENIED_NOTICE, STORAGE_DENIED_MESSAGE, STORAGE_FULL_MESSAGE } from './notes-storage';

const KEPT_ASIDE = /^Saved notes could not be read; they were kept aside as a backup \((.+)\)\.$/;

/**
 * The storage layer speaks English (its messages are tested as constants); this shows them in
 * the interface's language. A message it does not know (an import refusal) stays as it is.
 */
export function localiseNotesMessage(message: string): string {
  if (message === STORAGE_FULL_MESSAGE) return translate('notes.storageFull');
  if (message === STORAGE_DENIED_MESSAGE) return translate('notes.storageDenied');
  if (message === READ_DENIED_NOTICE) return translate('notes.readDenied');
  const keptAside = KEPT_ASIDE.exec(message);
  if (keptAside) return translate('notes.keptAside', { key: keptAside[1]! });
  return message;
}
