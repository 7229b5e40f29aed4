import { createFakePlayer } from '@/testing/fake-player';
import { attachPlayer, reportStatus, setPassageStarts, usePlaybackStore } from './playback-store';
import {
  installStudyModes,
  setLoop,
  setPauseAfterPassage,
  setStopAt,
  useStudyStore,
} from './study-modes';

function playing(from = 30) {
  const player = createFakePlayer(from);
  attachPlayer(player.commands);
  setPassageStarts([25, 57, 79]);
  reportStatus('playing');
  const uninstall = installStudyModes();
  return { player, uninstall };
}

describe('study modes', () => {
  it('loops the passage: crossing its end seeks back to its start', () => {
    const { player, uninstall } = playing(50);
    setLoop(true);
    player.advanceTo(56.99);
    player.advanceTo(57.01);
    expect(player.calls).toEqual(['seek 25.02']);
    expect(usePlaybackStore.getState().activeIndex).toBe(0);
    uninstall();
  });

  it('does not fight a seek: a jump to another passage loops that passage instead', () => {
    const { player, uninstall } = playing(50);
    setLoop(true);
    player.advanceTo(70);
    expect(player.calls).toEqual([]);
    player.advanceTo(78.99);
    player.advanceTo(79.02);
    expect(player.calls).toEqual(['seek 57.02']);
    uninstall();
  });

  it('pauses after each passage', () => {
    const { player, uninstall } = playing(56.9);
    setPauseAfterPassage(true);
    player.advanceTo(57.01);
    expect(player.calls).toEqual(['pause']);
    uninstall();
  });

  it('stops once at a link range end', () => {
    const { player, uninstall } = playing(210);
    setStopAt(215);
    player.advanceTo(214.99);
    player.advanceTo(215.01);
    // Noticed 10 ms late: it pauses and returns to the end itself.
    expect(player.calls).toEqual(['pause', 'seek 215']);
    expect(useStudyStore.getState().stopAt).toBeNull();
    uninstall();
  });

  it('does nothing while paused or with the modes off', () => {
    const { player, uninstall } = playing(56.9);
    player.advanceTo(57.01);
    setLoop(true);
    reportStatus('paused');
    player.advanceTo(56.9);
    player.advanceTo(57.2);
    expect(player.calls).toEqual([]);
    uninstall();
  });
});
