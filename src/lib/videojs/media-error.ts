/**
 * Why the video cannot play, as a code the interface turns into text in its own language.
 * No video.js here: features and stores name these codes without loading the player.
 */
export type MediaErrorCode = 'aborted' | 'network' | 'decode' | 'unsupported' | 'unknown';

// MediaError.code (https://html.spec.whatwg.org/multipage/media.html#error-codes); video.js
// passes them on, and uses 0 (custom) and 5 (encrypted) of its own.
const CODES: Record<number, MediaErrorCode> = {
  1: 'aborted', // MEDIA_ERR_ABORTED
  2: 'network', // MEDIA_ERR_NETWORK
  3: 'decode', // MEDIA_ERR_DECODE
  4: 'unsupported', // MEDIA_ERR_SRC_NOT_SUPPORTED: also a source that is not found
};

export const mediaErrorCode = (code: number | undefined): MediaErrorCode =>
  (code !== undefined && CODES[code]) || 'unknown';
