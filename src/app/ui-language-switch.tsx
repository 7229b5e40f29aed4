import { setUiLanguage, type UiLanguage, useT, useUiLanguage } from '@/i18n/ui-language';

// Each language is named in itself, the same in either interface, so a reader who cannot read
// the current one still finds their own.
const CHOICES: { language: UiLanguage; label: string; lang: string }[] = [
  { language: 'en', label: 'English', lang: 'en' },
  { language: 'zh', label: '中文', lang: 'zh-Hans' },
];

/** English / 中文 for the interface, in the site header; remembered across reloads. */
export function UiLanguageSwitch() {
  const t = useT();
  const current = useUiLanguage((s) => s.language);
  return (
    <div role="group" aria-label={t('app.uiLanguage')} className="segmented">
      {CHOICES.map(({ language, label, lang }) => (
        <button
          key={language}
          type="button"
          lang={lang}
          aria-pressed={current === language}
          onClick={() => setUiLanguage(language)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
