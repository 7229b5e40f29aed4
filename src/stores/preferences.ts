/**
 * Remembers the viewer's language, caption choice, playback speed, pinyin, whether the
 * translation is hidden and whether a word's card pauses the video across reloads.
 * Storage that is missing, corrupted or blocked means the defaults; the storage module tells the
 * reader once.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';
import { defineSetting } from '@/lib/storage/define-setting';
import {
  setCaptions,
  setHideTranslation,
  setLanguage,
  setPinyin,
  setPreferredRate,
  usePlaybackStore,
} from './playback-store';

const preferencesSchema = z.object({
  language: z.optional(z.enum(['en', 'zh', 'both'])),
  captions: z.optional(z.boolean()),
  rate: z.optional(z.number().check(z.gte(0.25), z.lte(4))),
  pinyin: z.optional(z.boolean()),
  hideTranslation: z.optional(z.boolean()),
});

type Preferences = z.infer<typeof preferencesSchema>;

const preferences = defineSetting<Preferences>({
  name: 'preferences',
  version: 1,
  schema: preferencesSchema,
  fallback: {},
  legacy: [{ key: 'tandem:preferences:v1' }],
});

function apply({ language, captions, rate, pinyin, hideTranslation }: Preferences) {
  if (language) setLanguage(language);
  if (captions !== undefined) setCaptions(captions);
  if (rate !== undefined) setPreferredRate(rate);
  if (pinyin !== undefined) setPinyin(pinyin);
  if (hideTranslation !== undefined) setHideTranslation(hideTranslation);
}

/** Where the preferences are kept (a lesson page's first screen is checked against them). */
export const preferencesKey = preferences.key;

/** The preferences as the playback store holds them now. */
export function currentPreferences(): Required<Preferences> {
  const { language, captions, rate, pinyin, hideTranslation } = usePlaybackStore.getState();
  return { language, captions, rate, pinyin, hideTranslation };
}

export function restorePreferences() {
  apply(preferences.read());
}

/**
 * Writes the preferences whenever they change, and applies those another tab saves; returns
 * the unsubscribe function.
 */
export function persistPreferences() {
  const stopOtherTabs = preferences.subscribe(({ value }) => apply(value));
  const stopStore = usePlaybackStore.subscribe((state, previous) => {
    const keys = ['language', 'captions', 'rate', 'pinyin', 'hideTranslation'] as const;
    if (keys.every((key) => state[key] === previous[key])) return;
    // A refused write is reported by the storage module; the choice still holds for this visit.
    preferences.write(currentPreferences());
  });
  return () => {
    stopOtherTabs();
    stopStore();
  };
}

/** Whether opening a word's card pauses the video (and closing it resumes), remembered. */
const pauseOnLookupSetting = defineSetting({
  name: 'pause-on-lookup',
  version: 1,
  schema: z.boolean(),
  fallback: true,
});

export const useLookupPreferences = create<{ pauseOnLookup: boolean }>()(() => ({
  pauseOnLookup: pauseOnLookupSetting.read(),
}));

pauseOnLookupSetting.subscribe(({ value }) =>
  useLookupPreferences.setState({ pauseOnLookup: value }),
);

export const pauseOnLookupKey = pauseOnLookupSetting.key;

export function setPauseOnLookup(pauseOnLookup: boolean) {
  useLookupPreferences.setState({ pauseOnLookup });
  // A refused write is reported by the storage module; the choice holds for this visit.
  pauseOnLookupSetting.write(pauseOnLookup);
}
