/**
 * Each piece of media state the app shows, as one row: how to read it from the player and the
 * events after which it may have changed (media-chrome's state mediator, in small). State is
 * read from the player on those events, never set ahead of them: commands go down, facts come
 * up. A new piece of media state is one row here.
 *
 * The playhead is the frame clock's: it reads on TIME_EVENTS, and on every animation frame
 * while playing.
 */
import type { PlayerController, PlayerEvent } from './player-types';

interface MediaStateRow<T> {
  read: (player: PlayerController) => T;
  events: readonly PlayerEvent[];
}

const row = <T>(read: (player: PlayerController) => T, events: readonly PlayerEvent[]) =>
  ({ read, events }) satisfies MediaStateRow<T>;

export const MEDIA_STATE = {
  status: row(
    (p): 'playing' | 'paused' | 'ended' =>
      p.ended() ? 'ended' : p.paused() ? 'paused' : 'playing',
    ['play', 'pause', 'ended'],
  ),
  rate: row((p) => p.rate(), ['ratechange']),
  duration: row((p) => p.duration(), ['durationchange', 'loadedmetadata']),
  // video.js clears its error on loadstart, so a new source reads as "no error".
  error: row((p) => p.errorCode(), ['loadstart', 'error']),
};

export type MediaState = {
  [K in keyof typeof MEDIA_STATE]: ReturnType<(typeof MEDIA_STATE)[K]['read']>;
};

export type MediaStateReporters = { [K in keyof MediaState]: (value: MediaState[K]) => void };

/** The events after which the playhead may have moved while no frame loop runs. */
export const TIME_EVENTS = [
  'seeking',
  'seeked',
  'timeupdate',
  'loadedmetadata',
  'ratechange',
  'pause',
  'ended',
  'emptied',
];

/** Reports each row's value on its events; returns what stops it. */
export function watchMediaState(player: PlayerController, report: MediaStateReporters) {
  const offs = (Object.keys(MEDIA_STATE) as (keyof MediaState)[]).flatMap((key) => {
    const { read, events } = MEDIA_STATE[key];
    const update = () => (report[key] as (value: unknown) => void)(read(player));
    return events.map((event) => player.on(event, update));
  });
  return () => offs.forEach((off) => off());
}
