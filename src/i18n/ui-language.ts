/**
 * The interface language: English or Chinese, chosen by the reader and independent of the
 * transcript's language (English / 中文 / Both), which is lesson data. Rules:
 * - remembered through the storage module, and followed when another tab changes it;
 *   missing, corrupted or blocked storage means English;
 * - never guessed from navigator.language, so tests, screenshots and a shared link look the
 *   same for everyone until the reader chooses;
 * - <html lang> follows it, so interface text is read in its own language; elements that show
 *   lesson text carry their own lang.
 */
import * as z from 'zod/mini';
import { create } from 'zustand';
import { defineSetting } from '@/lib/storage/define-setting';
import { en } from './en-messages';
import { format, type MessageKey, type Messages, type ValuesArgument } from './messages';
import { zh } from './zh-messages';

export type UiLanguage = 'en' | 'zh';
export type Translate = <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => string;

const DEFAULT: UiLanguage = 'en';
const DICTIONARIES: Record<UiLanguage, Messages> = { en, zh };
/** The `lang` attribute for text in each language. */
export const HTML_LANG: Record<UiLanguage, string> = { en: 'en', zh: 'zh-Hans' };

/** Anything but exactly 'en' or 'zh' is no choice (and is kept aside). */
const uiLanguageSetting = defineSetting<UiLanguage>({
  name: 'ui-language',
  version: 1,
  schema: z.enum(['en', 'zh']),
  fallback: DEFAULT,
  // Stored bare ('zh', not '"zh"') before.
  legacy: [{ key: 'tandem:ui-language:v1', decode: (raw) => raw }],
});

/** Where the choice is kept (a lesson page's first screen is checked against it). */
export const uiLanguageKey = uiLanguageSetting.key;

export const useUiLanguage = create<{ language: UiLanguage }>()(() => ({
  language: uiLanguageSetting.read(),
}));

uiLanguageSetting.subscribe(({ value }) => {
  if (useUiLanguage.getState().language !== value) useUiLanguage.setState({ language: value });
});

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
  // A refused write is reported by the storage module; the choice holds for this visit.
  uiLanguageSetting.write(language);
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
