import { setShortcutsEnabled, useShortcutsSettings } from './shortcuts-settings';

/** A reload: a fresh copy of the module, so the store is created again from storage. */
async function reloadEnabled() {
  vi.resetModules();
  return (await import('./shortcuts-settings')).useShortcutsSettings.getState().enabled;
}

describe('shortcuts setting', () => {
  it('is on by default and remembers being turned off', async () => {
    expect(await reloadEnabled()).toBe(true);
    setShortcutsEnabled(false);
    expect(await reloadEnabled()).toBe(false);
  });

  it.each([
    ['off', false],
    ['on', true],
  ])('keeps "%s" as an earlier release stored it', async (raw, enabled) => {
    localStorage.setItem('tandem:shortcuts:v1', raw);
    expect(await reloadEnabled()).toBe(enabled);
    expect(localStorage.getItem('tandem:shortcuts:v1')).toBeNull();
  });

  it('follows another tab turning them off', () => {
    localStorage.setItem('tandem:v1:shortcuts', 'false');
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'tandem:v1:shortcuts', storageArea: localStorage }),
    );
    expect(useShortcutsSettings.getState().enabled).toBe(false);
  });
});
