import { useT } from '@/i18n/ui-language';
import { setPinyin, usePlaybackStore } from '@/stores/playback-store';
import { ToggleButton } from '@/ui/toggle-button';

/** Tone-marked pinyin over the Chinese text, on or off; remembered. */
export function PinyinToggle() {
  const pinyin = usePlaybackStore((s) => s.pinyin);
  const language = usePlaybackStore((s) => s.language);
  const t = useT();
  return (
    <ToggleButton pressed={pinyin} onPressedChange={setPinyin} disabled={language === 'en'}>
      {t('transcript.pinyin')}
    </ToggleButton>
  );
}
