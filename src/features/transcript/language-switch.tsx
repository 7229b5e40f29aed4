import { useId } from 'react';
import { useT } from '@/i18n/ui-language';
import { type LanguageMode, setLanguage, usePlaybackStore } from '@/stores/playback-store';

// English and 中文 name each language in itself, the same in either interface; only Both is
// interface text.
const MODES: { mode: LanguageMode; label?: string; lang?: string }[] = [
  { mode: 'en', label: 'English', lang: 'en' },
  { mode: 'zh', label: '中文', lang: 'zh-Hans' },
  { mode: 'both' },
];

/** The language shown when the chosen one is missing from the lesson: the other one. */
export function shownLanguage(language: LanguageMode, missing?: 'en' | 'zh'): LanguageMode {
  if (language !== missing) return language;
  return missing === 'en' ? 'zh' : 'en';
}

/**
 * English / 中文 / Both for the transcript and the captions; remembered across reloads. A lesson
 * made from subtitles in one language says so on the other language's button, which then does
 * nothing (the choice stays remembered for other lessons).
 */
export function LanguageSwitch({ missing }: { missing?: 'en' | 'zh' }) {
  const language = shownLanguage(
    usePlaybackStore((s) => s.language),
    missing,
  );
  const t = useT();
  const noteId = useId();
  return (
    <div role="group" aria-label={t('transcript.language')} className="segmented">
      {MODES.map(({ mode, label, lang }) => (
        <button
          key={mode}
          type="button"
          lang={lang}
          aria-pressed={language === mode}
          aria-disabled={mode === missing || undefined}
          aria-describedby={mode === missing ? noteId : undefined}
          title={mode === missing ? note(t, missing) : undefined}
          onClick={() => mode !== missing && setLanguage(mode)}
        >
          {label ?? t('transcript.both')}
        </button>
      ))}
      {missing && (
        <span id={noteId} hidden>
          {note(t, missing)}
        </span>
      )}
    </div>
  );
}

const note = (t: ReturnType<typeof useT>, missing: 'en' | 'zh') =>
  t('lesson.missingLanguage', { language: t(`language.${missing}`) });
