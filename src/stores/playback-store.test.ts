import { resetSavedSettings } from '@/lib/storage/define-setting';
import { createFakePlayer } from '@/testing/fake-player';
import {
  attachPlayer,
  getCurrentTime,
  onPlayerWanted,
  pause,
  play,
  seekTo,
  setLanguage,
  setPassageStarts,
  togglePlay,
  usePlaybackStore,
} from './playback-store';
import { useNoticeStore } from './notice-store';
import { persistPreferences, restorePreferences } from './preferences';
import { showStorageProblems } from './storage-notices';

const PREFERENCES_KEY = 'tandem:v1:preferences';

describe('playback store', () => {
  it('derives the active passage from the time and notifies only on change', () => {
    const player = createFakePlayer();
    attachPlayer(player.commands);
    setPassageStarts([25, 57, 79]);
    const seen: number[] = [];
    usePlaybackStore.subscribe((s) => seen.push(s.activeIndex));
    for (let t = 0; t < 90; t += 0.25) player.advanceTo(t);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('sends seeks down to the player and detaches cleanly', () => {
    const player = createFakePlayer();
    const detach = attachPlayer(player.commands);
    seekTo(57.02, { play: true });
    expect(player.calls).toEqual(['seek 57.02', 'play']);
    detach();
    expect(player.listenerCount()).toBe(0);
  });

  it('keeps a seek asked for before the player has loaded and applies it on attach', () => {
    setPassageStarts([25, 57, 79]);
    seekTo(57.02, { play: true });
    const player = createFakePlayer();
    attachPlayer(player.commands);
    expect(player.calls).toEqual(['seek 57.02', 'play']);
    expect(usePlaybackStore.getState().activeIndex).toBe(1);
  });

  it('asks the page for a player when a command needs one, and plays once it is attached', () => {
    const wanted = vi.fn();
    onPlayerWanted(wanted);
    play();
    expect(wanted).toHaveBeenCalledTimes(1);
    const player = createFakePlayer();
    attachPlayer(player.commands);
    expect(player.calls).toEqual(['play']);
  });

  it('a pause before the player is there cancels the waiting play, not the seek', () => {
    seekTo(30, { play: true });
    pause();
    const player = createFakePlayer();
    attachPlayer(player.commands);
    expect(player.calls).toEqual(['seek 30']);
  });

  it('before the player is there, the playhead is where a waiting seek goes, and k toggles the waiting play', () => {
    setPassageStarts([25, 57, 79]);
    seekTo(57.02, { play: true });
    expect(getCurrentTime()).toBe(57.02);
    togglePlay();
    const player = createFakePlayer();
    attachPlayer(player.commands);
    expect(player.calls).toEqual(['seek 57.02']);
  });

  it('drops a waiting seek when the lesson changes', () => {
    setPassageStarts([25, 57, 79]);
    seekTo(57.02);
    setPassageStarts([]);
    const player = createFakePlayer();
    attachPlayer(player.commands);
    expect(player.calls).toEqual([]);
  });

  it('remembers the language across a reload', () => {
    const stop = persistPreferences();
    setLanguage('zh');
    stop();
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY)!)).toMatchObject({ language: 'zh' });
    setLanguage('both');
    resetSavedSettings(); // memory gone, as on reload
    restorePreferences();
    expect(usePlaybackStore.getState().language).toBe('zh');
  });

  it('starts from the defaults on corrupted storage, keeps it aside and says so once', () => {
    const stopNotices = showStorageProblems();
    localStorage.setItem(PREFERENCES_KEY, '{not json');
    restorePreferences();
    expect(usePlaybackStore.getState()).toMatchObject({ language: 'both', rate: 1 });
    const notice = useNoticeStore.getState().notice;
    expect(notice?.text).toMatch(/^Saved settings could not be read, so the defaults are used/);
    const [aside] = Object.keys(localStorage).filter((k) => k.startsWith(`${PREFERENCES_KEY}:`));
    expect(localStorage.getItem(aside!)).toBe('{not json');
    resetSavedSettings(); // a reload finds nothing left to report
    restorePreferences();
    expect(useNoticeStore.getState().notice).toBe(notice);
    stopNotices();
  });
});
