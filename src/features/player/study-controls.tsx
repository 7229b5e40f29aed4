import { useT } from '@/i18n/ui-language';
import { setLoop, setPauseAfterPassage, useStudyStore } from '@/stores/study-modes';

/** Toggles for studying one passage at a time. */
export function StudyControls() {
  const loop = useStudyStore((s) => s.loop);
  const pauseAfter = useStudyStore((s) => s.pauseAfterPassage);
  const t = useT();
  return (
    <div className="study-controls" role="group" aria-label={t('player.study')}>
      <button
        type="button"
        className="button toggle"
        aria-pressed={loop}
        onClick={() => setLoop(!loop)}
      >
        {t('player.loop')}
      </button>
      <button
        type="button"
        className="button toggle"
        aria-pressed={pauseAfter}
        onClick={() => setPauseAfterPassage(!pauseAfter)}
      >
        {t('player.pauseAfter')}
      </button>
    </div>
  );
}
