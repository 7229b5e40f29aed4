import { create } from 'zustand';

/** Whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off), remembered. */
const KEY = 'tandem:shortcuts:v1';

function load(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export const useShortcutsSettings = create<{ enabled: boolean }>()(() => ({ enabled: load() }));

export function setShortcutsEnabled(enabled: boolean) {
  useShortcutsSettings.setState({ enabled });
  try {
    localStorage.setItem(KEY, enabled ? 'on' : 'off');
  } catch {
    // Blocked storage: the choice holds for this visit.
  }
}
