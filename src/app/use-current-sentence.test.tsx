import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { sentenceTimes } from '@/domain/sentences';
import { attachPlayer, setPassageStarts } from '@/stores/playback-store';
import { createFakePlayer } from '@/testing/fake-player';
import { useIsCurrentSentence } from './use-current-sentence';

// Two passages of two sentences each, of equal length: each sentence gets half its passage.
const passages: Passage[] = [
  { id: 'a', start: 0, end: 10, en: 'One. Two.', zh: '第一句。第二句。' },
  { id: 'b', start: 10, end: 20, en: 'Three. Four.', zh: '第三句。第四句。' },
];
const renders = new Map<string, number>();

const Sentence = memo(function Sentence({ passage, index }: { passage: number; index: number }) {
  const name = `${passage}.${index}`;
  renders.set(name, (renders.get(name) ?? 0) + 1);
  const current = useIsCurrentSentence(passage, sentenceTimes(passages[passage]!).zh, index);
  return <span data-testid={name}>{current ? 'spoken' : ''}</span>;
});

function setup() {
  renders.clear();
  const player = createFakePlayer();
  attachPlayer(player.commands);
  setPassageStarts(passages.map((p) => p.start));
  render(
    <>
      {passages.map((_, p) =>
        [0, 1].map((i) => <Sentence key={`${p}.${i}`} passage={p} index={i} />),
      )}
    </>,
  );
  const spoken = () =>
    ['0.0', '0.1', '1.0', '1.1'].filter((name) => screen.getByTestId(name).textContent);
  const rendered = () => Object.fromEntries(renders);
  return { player, spoken, rendered };
}

describe('useIsCurrentSentence', () => {
  it('marks the sentence being spoken, and steps through a passage and into the next', () => {
    const { player, spoken } = setup();
    expect(spoken()).toEqual(['0.0']);
    act(() => player.advanceTo(6));
    expect(spoken()).toEqual(['0.1']);
    act(() => player.advanceTo(11));
    expect(spoken()).toEqual(['1.0']);
    act(() => player.advanceTo(30));
    expect(spoken()).toEqual([]);
  });

  it('re-renders only the sentences that start or stop being spoken', () => {
    const { player, rendered } = setup();
    const once = { '0.0': 1, '0.1': 1, '1.0': 1, '1.1': 1 };
    expect(rendered()).toEqual(once);
    // Inside the same sentence: nothing renders.
    act(() => player.advanceTo(2));
    expect(rendered()).toEqual(once);
    // The next sentence of the passage: two.
    act(() => player.advanceTo(6));
    expect(rendered()).toEqual({ ...once, '0.0': 2, '0.1': 2 });
    // Into the next passage: the one that stops, the one that starts; 1.1 does not render.
    act(() => player.advanceTo(12));
    expect(rendered()).toEqual({ '0.0': 2, '0.1': 3, '1.0': 2, '1.1': 1 });
  });

  it('renders nothing while the clock moves inside one sentence of another passage', () => {
    const { player, rendered } = setup();
    act(() => player.advanceTo(12));
    const before = rendered();
    for (const t of [12.5, 13, 13.5, 14]) act(() => player.advanceTo(t));
    expect(rendered()).toEqual(before);
  });
});
