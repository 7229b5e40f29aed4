import { useT } from '@/i18n/ui-language';
import { setCaptions, usePlaybackStore } from '@/stores/playback-store';
import { ToggleButton } from '@/ui/toggle-button';

export function CaptionsToggle() {
  const captions = usePlaybackStore((s) => s.captions);
  const t = useT();
  return (
    <ToggleButton pressed={captions} onPressedChange={setCaptions}>
      {t('player.captions')}
    </ToggleButton>
  );
}
