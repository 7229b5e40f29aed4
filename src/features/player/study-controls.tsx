import { setLoop, setPauseAfterPassage, useStudyStore } from '@/stores/study-modes';

/** Toggles for studying one passage at a time. */
export function StudyControls() {
  const loop = useStudyStore((s) => s.loop);
  const pauseAfter = useStudyStore((s) => s.pauseAfterPassage);
  return (
    <div className="study-controls" role="group" aria-label="Passage study">
      <button
        type="button"
        className="button toggle"
        aria-pressed={loop}
        onClick={() => setLoop(!loop)}
      >
        Loop this passage
      </button>
      <button
        type="button"
        className="button toggle"
        aria-pressed={pauseAfter}
        onClick={() => setPauseAfterPassage(!pauseAfter)}
      >
        Pause after each passage
      </button>
    </div>
  );
}
