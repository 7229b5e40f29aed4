import { setCaptions, usePlaybackStore } from '@/stores/playback-store';

export function CaptionsToggle() {
  const captions = usePlaybackStore((s) => s.captions);
  return (
    <button
      type="button"
      className="button toggle"
      aria-pressed={captions}
      onClick={() => setCaptions(!captions)}
    >
      Captions
    </button>
  );
}
