/**
 * The player adapter's types, in a file that imports no video.js: features name them without
 * reaching into the adapter (or pulling video.js into their chunk).
 */
import type { MediaErrorCode } from './media-error';

export interface MediaSource {
  src: string;
  type?: string;
}

export interface CaptionTrackInput {
  key: string;
  src: string;
  srclang: string;
  label: string;
  kind: 'captions' | 'subtitles';
}

export type PlayerEvent =
  | 'play'
  | 'pause'
  | 'ended'
  | 'ratechange'
  | 'durationchange'
  | 'loadedmetadata'
  | 'error'
  | 'loadstart';

export interface PlayerController {
  play(): void;
  pause(): void;
  seek(time: number): void;
  setRate(rate: number): void;
  paused(): boolean;
  ended(): boolean;
  rate(): number;
  duration(): number;
  /** Why the video cannot play, or null while it can. */
  errorCode(): MediaErrorCode | null;
  setSources(sources: MediaSource[]): void;
  setCaptionTracks(tracks: CaptionTrackInput[]): void;
  /** Shows the track with this key and hides the others; null hides all. */
  showCaptions(key: string | null): void;
  /** The language of the player's own controls and messages. */
  setInterfaceLanguage(language: 'en' | 'zh'): void;
  /** The progress bar element, where passage markers are drawn. */
  progressBar(): HTMLElement | null;
  /** Moves keyboard focus to the player (its controls are next in tab order). */
  focus(): void;
  on(event: PlayerEvent, listener: () => void): () => void;
  clock: FrameClock;
  dispose(): void;
}

export type TimeListener = (time: number) => void;

export interface FrameClock {
  subscribe(listener: TimeListener): () => void;
  now(): number;
  /** The media time of the next passage boundary, or null when there is none ahead. */
  setNextBoundary(time: number | null): void;
  stop(): void;
}
