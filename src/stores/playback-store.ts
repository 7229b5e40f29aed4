/**
 * Playback state the UI renders: discrete values only. Rules:
 * - every value is set only when it changes, so subscribers re-render only on real changes;
 * - raw time never enters the store: it flows through the frame clock to whoever subscribes
 *   (`subscribeTime`), and the store keeps only the active passage index derived from it;
 * - facts come up from the player's events; commands (`seekTo`, `play`) go down to the player
 *   controller and are not applied optimistically.
 */
import { create } from 'zustand';
import type { MediaErrorCode } from '@/lib/videojs/media-error';
import { findPassageIndex } from '@/utils/passage-index';

export type PlaybackStatus = 'idle' | 'playing' | 'paused' | 'ended' | 'error';
export type LanguageMode = 'en' | 'zh' | 'both';

export interface PlaybackState {
  status: PlaybackStatus;
  duration: number;
  rate: number;
  activeIndex: number;
  language: LanguageMode;
  captions: boolean;
  /** Tone-marked pinyin over the Chinese text. */
  pinyin: boolean;
  /** The translation of every passage is covered until the reader asks for one. */
  hideTranslation: boolean;
  follow: boolean;
  /** Why the video cannot play; the interface says it in its own language. */
  mediaError: MediaErrorCode | null;
}

/** What the store asks of a player; the video.js adapter and the test fake both provide it. */
export interface PlaybackCommands {
  play(): void;
  pause(): void;
  seek(time: number): void;
  setRate(rate: number): void;
  subscribeTime(listener: (time: number) => void): () => void;
  now(): number;
  /** Tells the clock where the next passage starts, so it can be there on time. */
  setNextBoundary?(time: number | null): void;
}

const initialPlaybackState: PlaybackState = {
  status: 'idle',
  duration: 0,
  rate: 1,
  activeIndex: -1,
  language: 'both',
  captions: true,
  pinyin: false,
  hideTranslation: false,
  follow: true,
  mediaError: null,
};

export const usePlaybackStore = create<PlaybackState>()(() => ({ ...initialPlaybackState }));

let controller: PlaybackCommands | null = null;
let starts: readonly number[] = [];
let stopTime: (() => void) | null = null;
let lastTime = 0;
/**
 * Commands given before any player is attached (it is made on first intent, and video.js then
 * loads): kept, applied on attach, and the page is asked for a player.
 */
let pending: { seek: number | null; play: boolean } = { seek: null, play: false };
let wantPlayer: (() => void) | null = null;
const timeListeners = new Set<(time: number) => void>();

function set<K extends keyof PlaybackState>(key: K, value: PlaybackState[K]) {
  if (!Object.is(usePlaybackStore.getState()[key], value))
    usePlaybackStore.setState({ [key]: value } as Pick<PlaybackState, K>);
}

/** One move of the playhead, as the frame clock saw it. */
export interface TimeStep {
  from: number;
  to: number;
  fromIndex: number;
  toIndex: number;
}
/** Returns true when it has taken over the step (it seeked), so the index is not moved. */
type StepInterceptor = (step: TimeStep) => boolean;
const interceptors = new Set<StepInterceptor>();

function handleTime(time: number) {
  const step = {
    from: lastTime,
    to: time,
    fromIndex: usePlaybackStore.getState().activeIndex,
    toIndex: findPassageIndex(starts, time),
  };
  lastTime = time;
  for (const intercept of interceptors) if (intercept(step)) return;
  set('activeIndex', step.toIndex);
  controller?.setNextBoundary?.(starts[step.toIndex + 1] ?? null);
  timeListeners.forEach((listener) => listener(time));
}

/** Lets study modes (loop, pause after passage, stop at a link's end) act on playhead moves. */
export function interceptTimeSteps(intercept: StepInterceptor): () => void {
  interceptors.add(intercept);
  return () => interceptors.delete(intercept);
}

export const getPassageStarts = () => starts;

let preferredRate = 1;
/** The speed a newly attached player starts at (the viewer's remembered choice). */
export function setPreferredRate(rate: number) {
  preferredRate = rate;
}

/** Connects a player; returns the disconnect function. One player at a time. */
export function attachPlayer(commands: PlaybackCommands): () => void {
  stopTime?.();
  controller = commands;
  if (preferredRate !== 1) commands.setRate(preferredRate);
  stopTime = commands.subscribeTime(handleTime);
  const { seek, play: andPlay } = pending;
  pending = { seek: null, play: false };
  if (seek !== null) commands.seek(seek);
  if (andPlay) commands.play();
  return () => {
    if (controller !== commands) return;
    stopTime?.();
    stopTime = null;
    controller = null;
  };
}

/** The passage start times the active index is looked up in (sorted ascending). */
export function setPassageStarts(next: readonly number[]) {
  // A new lesson (or none): a seek asked for in the previous one no longer means anything.
  if (next !== starts) pending = { seek: null, play: false };
  starts = next;
  handleTime(controller ? controller.now() : lastTime);
}

/** Raw time, for the few displays that show it (a clock): they write it to the DOM directly. */
export function subscribeTime(listener: (time: number) => void): () => void {
  timeListeners.add(listener);
  listener(lastTime);
  return () => timeListeners.delete(listener);
}

/**
 * The time the frame clock last reported, without asking the player: what the active passage
 * was found from, so a render can derive its sentence from the same moment.
 */
export const getClockTime = () => lastTime;

/** The playhead now, read from the player (relative seeks and links start from it). */
export const getCurrentTime = () => (controller ? controller.now() : (pending.seek ?? lastTime));

/** The page's way to make its player when a command needs one; returns the unregister. */
export function onPlayerWanted(request: () => void): () => void {
  wantPlayer = request;
  return () => {
    if (wantPlayer === request) wantPlayer = null;
  };
}
/** Asks the page for its player (a link to a time, a video of the viewer's own). */
export const requestPlayer = () => wantPlayer?.();

// Commands: down to the player, or kept for it.
export function play() {
  if (controller) return controller.play();
  pending.play = true;
  requestPlayer();
}
export function pause() {
  if (controller) return controller.pause();
  pending.play = false;
}
export function seekTo(time: number, options: { play?: boolean } = {}) {
  if (!controller) {
    pending = { seek: time, play: pending.play || !!options.play };
    requestPlayer();
    return;
  }
  controller.seek(time);
  if (options.play) controller.play();
}
/** Seeks land this far inside a passage, never on the boundary before it. */
export const PASSAGE_SEEK_INSET = 0.02;

/** Seeks into a passage; following resumes unless the caller says otherwise (search). */
export function seekToPassage(start: number, options: { play?: boolean; follow?: boolean } = {}) {
  seekTo(start + PASSAGE_SEEK_INSET, options);
  if (options.follow !== false) set('follow', true);
}

export function togglePlay() {
  // No player yet: toggles the play that is waiting for it.
  const playing = controller ? usePlaybackStore.getState().status === 'playing' : pending.play;
  if (playing) pause();
  else play();
}

// Facts: up from the player's events.
export const reportStatus = (status: PlaybackStatus) => set('status', status);
export const reportDuration = (duration: number) =>
  Number.isFinite(duration) && set('duration', duration);
export const reportRate = (rate: number) => {
  preferredRate = rate;
  set('rate', rate);
};
export const reportMediaError = (code: MediaErrorCode | null) => {
  set('mediaError', code);
  if (code) set('status', 'error');
};

// Preferences of the viewer.
export const setLanguage = (language: LanguageMode) => set('language', language);
export const setCaptions = (on: boolean) => set('captions', on);
export const setPinyin = (on: boolean) => set('pinyin', on);
export const setHideTranslation = (on: boolean) => set('hideTranslation', on);
export const setFollow = (follow: boolean) => set('follow', follow);

/**
 * For tests: forgets the player, its pending commands, the passage starts and the time
 * listeners, which live beside the store; the store itself is reset with every other store.
 * @internal
 */
export function resetPlaybackModuleState() {
  stopTime?.();
  stopTime = null;
  controller = null;
  starts = [];
  lastTime = 0;
  pending = { seek: null, play: false };
  wantPlayer = null;
  preferredRate = 1;
  timeListeners.clear();
  interceptors.clear();
}
