import { useEffect, useId, useRef } from 'react';
import { useT } from '@/i18n/ui-language';
import {
  type ShortcutAction,
  SHORTCUTS,
  WORD_READING_KEYS,
  type WordReadingAction,
} from './shortcut-keys';
import { setShortcutsEnabled, useShortcutsSettings } from './shortcuts-settings';
import './shortcuts-dialog.css';

/** The list of shortcuts, with the switch that turns them off. A native modal dialog. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const enabled = useShortcutsSettings((s) => s.enabled);
  const t = useT();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{t('shortcuts.title')}</h2>
      <label className="shortcuts-switch">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setShortcutsEnabled(event.target.checked)}
        />
        {t('shortcuts.enabled')}
      </label>
      <KeyTable rows={SHORTCUTS} />
      <h3 className="shortcuts-subheading">{t('shortcuts.wordsHeading')}</h3>
      <KeyTable rows={WORD_READING_KEYS} />
      <p className="shortcuts-note">{t('shortcuts.note')}</p>
      <form method="dialog">
        <button type="submit" className="button">
          {t('common.close')}
        </button>
      </form>
    </dialog>
  );
}

/** Keys and what they do, one row per action; the words come from the dictionaries. */
function KeyTable({
  rows,
}: {
  rows: readonly { keys: string[]; action: ShortcutAction | WordReadingAction }[];
}) {
  const t = useT();
  return (
    <table>
      <tbody>
        {rows.map(({ keys, action }) => (
          <tr key={action}>
            <th scope="row">
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ` ${t('shortcuts.or')} `}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </th>
            <td>{t(`shortcut.${action}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
