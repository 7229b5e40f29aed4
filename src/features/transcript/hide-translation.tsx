import { useT, useUiLanguage } from '@/i18n/ui-language';
import { type LanguageMode, setHideTranslation, usePlaybackStore } from '@/stores/playback-store';
import { ToggleButton } from '@/ui/toggle-button';

export type TextLanguage = 'en' | 'zh';

/**
 * The translation is the language the reader does not study: English for an interface in
 * English (a learner of Chinese), Chinese for an interface in Chinese (a learner of English).
 */
function useTranslationLanguage(): TextLanguage {
  return useUiLanguage((s) => s.language) === 'zh' ? 'zh' : 'en';
}

const shows = (mode: LanguageMode, language: TextLanguage) => mode === 'both' || mode === language;

/**
 * The language whose text is covered in every passage, or undefined when nothing is: hiding is
 * off, or the transcript does not show the translation at all. With the translation alone on
 * screen it is still covered, so that the reader listens first and uncovers a passage to check.
 */
export function useCoveredLanguage(): TextLanguage | undefined {
  const hide = usePlaybackStore((s) => s.hideTranslation);
  const mode = usePlaybackStore((s) => s.language);
  const translation = useTranslationLanguage();
  return hide && shows(mode, translation) ? translation : undefined;
}

/** Covers the translation of every passage until the reader asks for one; remembered. */
export function HideTranslationToggle() {
  const hide = usePlaybackStore((s) => s.hideTranslation);
  const mode = usePlaybackStore((s) => s.language);
  const translation = useTranslationLanguage();
  const t = useT();
  return (
    // The wrapper lets the label wrap onto two lines when the header is narrow (a phone).
    <div className="hide-translation">
      <ToggleButton
        pressed={hide}
        onPressedChange={setHideTranslation}
        // Nothing to hide when the transcript shows only the studied language.
        disabled={!shows(mode, translation)}
      >
        {t('transcript.hideTranslation')}
      </ToggleButton>
    </div>
  );
}
