/**
 * The video.js adapter: the only module that imports video.js. Rules:
 * - the `<video-js>` element is created here inside a div that React owns, so React never
 *   reconciles video.js's DOM, and `dispose` removes it; dispose only if not disposed already
 *   (StrictMode mounts twice);
 * - features see only `PlayerController`: no video.js type leaves this folder;
 * - the core build is used; streaming (VHS) is not loaded for plain MP4/WebM sources.
 */
import './no-dynamic-style';
import videojs from 'video.js/core.es.js';
import 'video.js/dist/video-js.css';
import zhHans from 'video.js/dist/lang/zh-Hans.json';
import { createFrameClock } from './frame-clock';
import { mediaErrorCode } from './media-error';
import type { PlayerController } from './player-types';

type VjsPlayer = ReturnType<typeof videojs>;

export const PLAYBACK_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

videojs.addLanguage('zh-Hans', zhHans);

export function createPlayer(host: HTMLElement, options: { label: string }): PlayerController {
  const element = document.createElement('video-js');
  element.classList.add('vjs-tandem');
  element.setAttribute('aria-label', options.label);
  host.appendChild(element);

  const player: VjsPlayer = videojs(element, {
    controls: true,
    preload: 'auto',
    playbackRates: PLAYBACK_RATES,
    errorDisplay: false,
    textTrackSettings: false,
    html5: { nativeTextTracks: false },
    controlBar: { subsCapsButton: false, pictureInPictureToggle: false },
    userActions: { hotkeys: false },
  });

  const media = () => player.tech?.(true)?.el() as HTMLMediaElement | undefined;
  const clock = createFrameClock({
    currentTime: () => media()?.currentTime ?? 0,
    paused: () => player.paused(),
    playbackRate: () => media()?.playbackRate ?? 1,
    on: (events, fn) => player.on(events, fn),
    off: (events, fn) => player.off(events, fn),
  });

  let tracks = new Map<string, ReturnType<VjsPlayer['addRemoteTextTrack']>>();

  const controller: PlayerController = {
    play: () => void player.play()?.catch(() => undefined),
    pause: () => player.pause(),
    seek: (time) => void player.currentTime(time),
    // The default rate too: a new source (load()) resets playbackRate to it.
    setRate(rate) {
      player.defaultPlaybackRate(rate);
      player.playbackRate(rate);
    },
    paused: () => player.paused(),
    ended: () => player.ended(),
    rate: () => player.playbackRate() ?? 1,
    duration: () => player.duration() ?? 0,
    errorCode() {
      const error = player.error();
      return error ? mediaErrorCode(error.code) : null;
    },
    setSources: (sources) => player.src(sources),
    setCaptionTracks(inputs) {
      tracks.forEach((track) => player.removeRemoteTextTrack(track as never));
      tracks = new Map(
        inputs.map(({ key, ...track }) => [
          key,
          player.addRemoteTextTrack({ ...track, mode: 'disabled' }, false),
        ]),
      );
    },
    showCaptions(key) {
      tracks.forEach((element, trackKey) => {
        const track = (element as unknown as { track: TextTrack }).track;
        track.mode = trackKey === key ? 'showing' : 'disabled';
      });
    },
    setInterfaceLanguage: (language) => void player.language(language === 'zh' ? 'zh-Hans' : 'en'),
    progressBar: () => player.el()?.querySelector<HTMLElement>('.vjs-progress-holder') ?? null,
    // The player's element, not a control: video.js hides its control bar until playback has
    // started, and a hidden button takes no focus.
    focus: () => (player.el() as HTMLElement | null)?.focus(),
    on(event, listener) {
      player.on(event, listener);
      return () => {
        if (!player.isDisposed()) player.off(event, listener);
      };
    },
    clock,
    dispose() {
      clock.stop();
      if (!player.isDisposed()) player.dispose();
    },
  };
  return controller;
}
