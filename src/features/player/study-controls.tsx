import { useT } from '@/i18n/ui-language';
import { setLoop, setPauseAfterPassage, useStudyStore } from '@/stores/study-modes';
import { ToggleButton } from '@/ui/toggle-button';

/** Toggles for studying one passage at a time. */
export function StudyControls() {
  const loop = useStudyStore((s) => s.loop);
  const pauseAfter = useStudyStore((s) => s.pauseAfterPassage);
  const t = useT();
  return (
    <div className="study-controls" role="group" aria-label={t('player.study')}>
      <ToggleButton pressed={loop} onPressedChange={setLoop}>
        {t('player.loop')}
      </ToggleButton>
      <ToggleButton pressed={pauseAfter} onPressedChange={setPauseAfterPassage}>
        {t('player.pauseAfter')}
      </ToggleButton>
    </div>
  );
}
