/**
 * Remembers the viewer's language and caption choice across reloads. Storage that is missing,
 * corrupted or blocked falls back to the defaults: a preference is never worth an error.
 */
import { z } from 'zod';
import { setCaptions, setLanguage, usePlaybackStore } from './playback-store';

export const PREFERENCES_KEY = 'tandem:preferences:v1';

const preferencesSchema = z.object({
  language: z.enum(['en', 'zh', 'both']).optional(),
  captions: z.boolean().optional(),
});

export function restorePreferences(storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(PREFERENCES_KEY);
    if (!raw) return;
    const parsed = preferencesSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return;
    if (parsed.data.language) setLanguage(parsed.data.language);
    if (parsed.data.captions !== undefined) setCaptions(parsed.data.captions);
  } catch {
    // Unparseable JSON or storage access denied: keep the defaults.
  }
}

/** Writes the preferences whenever they change; returns the unsubscribe function. */
export function persistPreferences(storage: Storage | undefined = globalThis.localStorage) {
  return usePlaybackStore.subscribe((state, previous) => {
    if (state.language === previous.language && state.captions === previous.captions) return;
    try {
      storage?.setItem(
        PREFERENCES_KEY,
        JSON.stringify({ language: state.language, captions: state.captions }),
      );
    } catch {
      // Full or blocked storage: the choice still holds for this visit.
    }
  });
}
