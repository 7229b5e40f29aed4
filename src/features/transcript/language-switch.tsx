import { useT } from '@/i18n/ui-language';
import { type LanguageMode, setLanguage, usePlaybackStore } from '@/stores/playback-store';

// English and 中文 name each language in itself, the same in either interface; only Both is
// interface text.
const MODES: { mode: LanguageMode; label?: string; lang?: string }[] = [
  { mode: 'en', label: 'English', lang: 'en' },
  { mode: 'zh', label: '中文', lang: 'zh-Hans' },
  { mode: 'both' },
];

/** English / 中文 / Both for the transcript and the captions; remembered across reloads. */
export function LanguageSwitch() {
  const language = usePlaybackStore((s) => s.language);
  const t = useT();
  return (
    <div role="group" aria-label={t('transcript.language')} className="segmented">
      {MODES.map(({ mode, label, lang }) => (
        <button
          key={mode}
          type="button"
          lang={lang}
          aria-pressed={language === mode}
          onClick={() => setLanguage(mode)}
        >
          {label ?? t('transcript.both')}
        </button>
      ))}
    </div>
  );
}
