/**
 * The interface language: English or Chinese, chosen by the reader and independent of the
 * transcript's language (English / 中文 / Both), which is lesson data. Rules:
 * - remembered in localStorage; missing, corrupted or blocked storage means English;
 * - never guessed from navigator.language, so tests, screenshots and a shared link look the
 *   same for everyone until the reader chooses;
 * - <html lang> follows it, so interface text is read in its own language; elements that show
 *   lesson text carry their own lang.
 */
import { create } from 'zustand';
import { en } from './en-messages';
import { format, type MessageKey, type Messages, type ValuesArgument } from './messages';
import { zh } from './zh-messages';

export type UiLanguage = 'en' | 'zh';
export type Translate = <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => string;

export const UI_LANGUAGE_KEY = 'tandem:ui-language:v1';
const DEFAULT: UiLanguage = 'en';
const DICTIONARIES: Record<UiLanguage, Messages> = { en, zh };
const HTML_LANG: Record<UiLanguage, string> = { en: 'en', zh: 'zh-Hans' };

/** The remembered choice; anything but exactly 'en' or 'zh' is treated as no choice. */
export function readUiLanguage(storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(UI_LANGUAGE_KEY);
    return raw === 'en' || raw === 'zh' ? raw : DEFAULT;
  } catch {
    // Site data blocked: reading localStorage itself throws.
    return DEFAULT;
  }
}

export const useUiLanguage = create<{ language: UiLanguage }>()(() => ({
  language: readUiLanguage(),
}));

function applyDocumentLanguage(language: UiLanguage) {
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[language];
}
applyDocumentLanguage(useUiLanguage.getState().language);
useUiLanguage.subscribe((state, previous) => {
  if (state.language !== previous.language) applyDocumentLanguage(state.language);
});

export function setUiLanguage(language: UiLanguage) {
  if (useUiLanguage.getState().language === language) return;
  useUiLanguage.setState({ language });
  try {
    globalThis.localStorage?.setItem(UI_LANGUAGE_KEY, language);
  } catch {
    // Full or blocked storage: the choice still holds for this visit.
  }
}

/** Back to English for the next test; storage is cleared by the shared test setup. */
export function resetUiLanguage() {
  useUiLanguage.setState({ language: DEFAULT });
}

const makeTranslate =
  (language: UiLanguage): Translate =>
  (key, ...values) =>
    format(DICTIONARIES[language][key], values[0]);

// One function per language, so a component's `t` is stable until the language changes.
const TRANSLATORS: Record<UiLanguage, Translate> = {
  en: makeTranslate('en'),
  zh: makeTranslate('zh'),
};

/** `t(key, values?)` in the current interface language; the component re-renders on a switch. */
export function useT(): Translate {
  return TRANSLATORS[useUiLanguage((s) => s.language)];
}

/**
 * The same outside a render (a notice shown after a click): the language at that moment. Text
 * made this way stays in that language if the reader switches while it is still on screen.
 */
export const translate: Translate = (key, ...values) =>
  TRANSLATORS[useUiLanguage.getState().language](key, ...values);
