import { setPinyin, usePlaybackStore } from '@/stores/playback-store';

/** Tone-marked pinyin over the Chinese text, on or off; remembered. */
export function PinyinToggle() {
  const pinyin = usePlaybackStore((s) => s.pinyin);
  const language = usePlaybackStore((s) => s.language);
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={pinyin}
      disabled={language === 'en'}
      onClick={() => setPinyin(!pinyin)}
    >
      Pinyin
    </button>
  );
}
