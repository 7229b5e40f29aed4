/**
 * Remembers the viewer's language, caption choice and playback speed across reloads. Storage that is missing,
 * corrupted or blocked falls back to the defaults: a preference is never worth an error.
 */
import * as z from 'zod/mini';
import {
  setCaptions,
  setLanguage,
  setPinyin,
  setPreferredRate,
  usePlaybackStore,
} from './playback-store';

export const PREFERENCES_KEY = 'tandem:preferences:v1';

const preferencesSchema = z.object({
  language: z.optional(z.enum(['en', 'zh', 'both'])),
  captions: z.optional(z.boolean()),
  rate: z.optional(z.number().check(z.gte(0.25), z.lte(4))),
  pinyin: z.optional(z.boolean()),
});

export function restorePreferences(storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(PREFERENCES_KEY);
    if (!raw) return;
    const parsed = preferencesSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return;
    if (parsed.data.language) setLanguage(parsed.data.language);
    if (parsed.data.captions !== undefined) setCaptions(parsed.data.captions);
    if (parsed.data.rate !== undefined) setPreferredRate(parsed.data.rate);
    if (parsed.data.pinyin !== undefined) setPinyin(parsed.data.pinyin);
  } catch {
    // Unparseable JSON or storage access denied: keep the defaults.
  }
}

/** Writes the preferences whenever they change; returns the unsubscribe function. */
export function persistPreferences(storage: Storage | undefined = globalThis.localStorage) {
  return usePlaybackStore.subscribe((state, previous) => {
    const keys = ['language', 'captions', 'rate', 'pinyin'] as const;
    if (keys.every((key) => state[key] === previous[key])) return;
    const { language, captions, rate, pinyin } = state;
    try {
      storage?.setItem(PREFERENCES_KEY, JSON.stringify({ language, captions, rate, pinyin }));
    } catch {
      // Full or blocked storage: the choice still holds for this visit.
    }
  });
}
