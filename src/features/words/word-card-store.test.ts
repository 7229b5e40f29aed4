import { createFakePlayer } from '@/testing/fake-player';
import { attachPlayer, reportStatus } from '@/stores/playback-store';
import { setPauseOnLookup } from '@/stores/preferences';
import { closeWordCard, openWordCard, useWordCardStore } from './word-card-store';

function playing() {
  const player = createFakePlayer();
  const detach = attachPlayer(player.commands);
  reportStatus('playing');
  return { player, detach };
}

describe('word card store', () => {
  it('pauses a playing lesson while a card is open, and resumes when it closes', () => {
    const { player, detach } = playing();
    openWordCard({ passageIndex: 1, word: 2 }, 'pointer');
    expect(useWordCardStore.getState().open).toEqual({ passageIndex: 1, word: 2, via: 'pointer' });
    expect(player.calls).toContain('pause');
    reportStatus('paused');
    // Another word while the first card is open: still paused, resumed once at the end.
    openWordCard({ passageIndex: 1, word: 3 }, 'pointer');
    closeWordCard();
    expect(player.calls.filter((c) => c === 'play')).toHaveLength(1);
    expect(useWordCardStore.getState().open).toBeNull();
    detach();
  });

  it('neither pauses nor resumes when the setting is off', () => {
    setPauseOnLookup(false);
    const { player, detach } = playing();
    openWordCard({ passageIndex: 0, word: 0 }, 'keyboard');
    closeWordCard();
    expect(player.calls).toEqual([]);
    expect(localStorage.getItem('tandem:v1:pause-on-lookup')).toBe('false');
    setPauseOnLookup(true);
    detach();
  });

  it('does not start a lesson that was not playing', () => {
    const player = createFakePlayer();
    const detach = attachPlayer(player.commands);
    reportStatus('paused');
    openWordCard({ passageIndex: 0, word: 0 }, 'pointer');
    closeWordCard();
    expect(player.calls).toEqual([]);
    detach();
  });
});
