import { useT } from '@/i18n/ui-language';
import { setCaptions, usePlaybackStore } from '@/stores/playback-store';

export function CaptionsToggle() {
  const captions = usePlaybackStore((s) => s.captions);
  const t = useT();
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={captions}
      onClick={() => setCaptions(!captions)}
    >
      {t('player.captions')}
    </button>
  );
}
