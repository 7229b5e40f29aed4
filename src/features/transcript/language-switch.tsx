import { type LanguageMode, setLanguage, usePlaybackStore } from '@/stores/playback-store';

const MODES: { mode: LanguageMode; label: string; lang?: string }[] = [
  { mode: 'en', label: 'English', lang: 'en' },
  { mode: 'zh', label: '中文', lang: 'zh-Hans' },
  { mode: 'both', label: 'Both' },
];

/** English / 中文 / Both for the transcript and the captions; remembered across reloads. */
export function LanguageSwitch() {
  const language = usePlaybackStore((s) => s.language);
  return (
    <div role="group" aria-label="Transcript language" className="segmented">
      {MODES.map(({ mode, label, lang }) => (
        <button
          key={mode}
          type="button"
          lang={lang}
          aria-pressed={language === mode}
          onClick={() => setLanguage(mode)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
