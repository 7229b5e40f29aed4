import { isActivePassage, subscribeActive } from './active-passage';
import { attachPlayer, setPassageStarts } from './playback-store';
import { createFakePlayer } from '@/testing/fake-player';

describe('subscribeActive', () => {
  it('tells the passage that stops and the one that starts being active, and no other', () => {
    const player = createFakePlayer();
    attachPlayer(player.commands);
    setPassageStarts([0, 10, 20, 30]);
    const heard: number[] = [];
    const stops = [0, 1, 2, 3].map((index) => subscribeActive(index, () => heard.push(index)));
    player.advanceTo(5);
    expect(heard).toEqual([]);
    player.advanceTo(25);
    expect(heard).toEqual([0, 2]);
    expect([0, 1, 2, 3].map(isActivePassage)).toEqual([false, false, true, false]);
    stops[2]!();
    player.advanceTo(35);
    expect(heard).toEqual([0, 2, 3]);
    stops.forEach((stop) => stop());
    player.advanceTo(15);
    expect(heard).toEqual([0, 2, 3]);
  });
});
