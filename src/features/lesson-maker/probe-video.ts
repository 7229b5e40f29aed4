/**
 * Whether this browser can play a video file, and its length, before anything is saved: the
 * file's type is asked of `canPlayType` (a file without a type is tried), then its metadata is
 * loaded from an object URL. A video that fails to load is refused: "saves nothing partial".
 */
export class VideoUnplayableError extends Error {
  constructor(readonly file: string) {
    super(`This browser cannot play ${file}`);
    this.name = 'VideoUnplayableError';
  }
}

// Long enough for a large file's metadata on a slow disk; a hang is not a refusal.
const PROBE_TIMEOUT_MS = 15_000;

/** The video's length in seconds, or undefined when the file does not say (a live recording). */
export function probeVideo(file: File): Promise<number | undefined> {
  const video = document.createElement('video');
  if (file.type && video.canPlayType(file.type) === '')
    return Promise.reject(new VideoUnplayableError(file.name));
  const url = URL.createObjectURL(file);
  return new Promise<number | undefined>((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), PROBE_TIMEOUT_MS);
    video.onloadedmetadata = () => {
      clearTimeout(timer);
      resolve(Number.isFinite(video.duration) && video.duration > 0 ? video.duration : undefined);
    };
    video.onerror = () => {
      clearTimeout(timer);
      reject(new VideoUnplayableError(file.name));
    };
    video.preload = 'metadata';
    video.muted = true;
    video.src = url;
  }).finally(() => {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  });
}
