import { useEffect, useId, useRef } from 'react';
import { SHORTCUTS } from './shortcut-keys';
import { setShortcutsEnabled, useShortcutsSettings } from './shortcuts-settings';

/** The list of shortcuts, with the switch that turns them off. A native modal dialog. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const enabled = useShortcutsSettings((s) => s.enabled);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
  }, []);

  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>Keyboard shortcuts</h2>
      <label className="shortcuts-switch">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setShortcutsEnabled(event.target.checked)}
        />
        Single-key shortcuts on
      </label>
      <table>
        <tbody>
          {SHORTCUTS.map(({ keys, label }) => (
            <tr key={label}>
              <th scope="row">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </th>
              <td>{label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="shortcuts-note">Shortcuts never fire while you type in a box.</p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
