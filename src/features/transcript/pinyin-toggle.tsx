import { useT } from '@/i18n/ui-language';
import { setPinyin, usePlaybackStore } from '@/stores/playback-store';

/** Tone-marked pinyin over the Chinese text, on or off; remembered. */
export function PinyinToggle() {
  const pinyin = usePlaybackStore((s) => s.pinyin);
  const language = usePlaybackStore((s) => s.language);
  const t = useT();
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={pinyin}
      disabled={language === 'en'}
      onClick={() => setPinyin(!pinyin)}
    >
      {t('transcript.pinyin')}
    </button>
  );
}
