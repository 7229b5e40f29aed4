import { useEffect, useRef, useState } from 'react';
import { useT } from '@/i18n/ui-language';
import type { MediaSource } from '@/lib/videojs/player-types';

/**
 * "Open video file…": plays a user's own copy of the lesson from disk through an object URL,
 * revoked when another file replaces it and on unmount so the file is not held in memory.
 */
export function useLocalVideo() {
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ source: MediaSource; name: string } | null>(null);
  const t = useT();

  useEffect(() => {
    if (!file) return;
    return () => URL.revokeObjectURL(file.source.src);
  }, [file]);

  const handleChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setFile({
      source: { src: URL.createObjectURL(chosen), type: chosen.type || 'video/mp4' },
      name: chosen.name,
    });
  };

  return {
    source: file?.source,
    name: file?.name,
    button: (
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        {t('player.openFile')}
      </button>
    ),
    input: (
      <input
        ref={inputRef}
        type="file"
        accept="video/*"
        hidden
        aria-label={t('player.fileInput')}
        onChange={handleChange}
      />
    ),
  };
}
