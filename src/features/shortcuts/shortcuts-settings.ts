import * as z from 'zod/mini';
import { create } from 'zustand';
import { defineSetting } from '@/lib/storage/define-setting';

/** Whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off), remembered. */
const shortcutsSetting = defineSetting({
  name: 'shortcuts',
  version: 1,
  schema: z.boolean(),
  fallback: true,
  // Stored as 'on' / 'off' before; anything else is kept aside.
  legacy: [
    {
      key: 'tandem:shortcuts:v1',
      decode: (raw) => (raw === 'on' ? true : raw === 'off' ? false : raw),
    },
  ],
});

export const shortcutsKey = shortcutsSetting.key;

export const useShortcutsSettings = create<{ enabled: boolean }>()(() => ({
  enabled: shortcutsSetting.read(),
}));

shortcutsSetting.subscribe(({ value }) => useShortcutsSettings.setState({ enabled: value }));

export function setShortcutsEnabled(enabled: boolean) {
  useShortcutsSettings.setState({ enabled });
  // A refused write is reported by the storage module; the choice holds for this visit.
  shortcutsSetting.write(enabled);
}
