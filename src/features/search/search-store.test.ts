import { act, renderHook } from '@testing-library/react';
import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { createSearchIndex } from './search-index';
import {
  clearSearch,
  nextHitIndex,
  prevHitIndex,
  type SearchState,
  setActiveHit,
  setSearchQuery,
  useActiveSearchHit,
  useSearchHits,
  useSearchStore,
} from './search-store';

const { passages } = parseLesson(lessonData);
const index = createSearchIndex(passages);

/** Steps as the panel does (Enter, Shift+Enter, the arrows) and returns the current hit. */
function step(to: (state: SearchState) => number) {
  setActiveHit(to(useSearchStore.getState()));
  const { hits, activeHitIndex } = useSearchStore.getState();
  return hits[activeHitIndex] ?? null;
}
const nextHit = () => step(nextHitIndex);
const prevHit = () => step(prevHitIndex);

describe('search store', () => {
  it('computes hits per passage and the passages with hits', () => {
    setSearchQuery('丝路电商', index);
    const state = useSearchStore.getState();
    expect(state.hits).toHaveLength(3);
    expect(state.activeHitIndex).toBe(-1);
    expect(state.hitPassages).toEqual([9, 13, 14]);
    expect(state.hitsByPassage.get(13)).toEqual([state.hits[1]]);
  });

  it('moves through hits, wrapping both ways', () => {
    setSearchQuery('win win', index);
    expect(prevHit()?.passageIndex).toBe(7);
    expect(nextHit()?.passageIndex).toBe(0);
    expect(nextHit()?.passageIndex).toBe(5);
    setActiveHit(99);
    expect(useSearchStore.getState().activeHitIndex).toBe(1);
    clearSearch();
    expect(nextHit()).toBeNull();
  });

  it('keeps the current hit when more typing does not change the needle', () => {
    setSearchQuery('G20', index);
    nextHit();
    nextHit();
    const before = useSearchStore.getState();
    setSearchQuery('G20 ', index);
    expect(useSearchStore.getState()).toMatchObject({
      query: 'G20 ',
      hits: before.hits,
      activeHitIndex: 1,
    });
  });

  it('gives a row the same hits array while its hits are unchanged', () => {
    const row = renderHook(() => useSearchHits(17));
    const other = renderHook(() => useSearchHits(0));
    const empty = other.result.current;
    act(() => setSearchQuery('G20', index));
    const first = row.result.current;
    expect(first).toHaveLength(4); // p18: two in Chinese, two in English
    // "g20" folds the same as "G20"; "2022" differs but passage 0 has neither: still empty.
    act(() => setSearchQuery('g20', index));
    expect(row.result.current).toBe(first);
    act(() => setSearchQuery('G2', index));
    expect(row.result.current).not.toBe(first);
    expect(other.result.current).toBe(empty);
  });

  it('tells a row whether the current hit is one of its own', () => {
    setSearchQuery('Xi Jinping', index);
    const p6 = renderHook(() => useActiveSearchHit(5));
    const p12 = renderHook(() => useActiveSearchHit(11));
    act(() => void nextHit());
    expect(p6.result.current).toMatchObject({ passageIndex: 5, language: 'en' });
    expect(p12.result.current).toBeNull();
    act(() => void nextHit());
    expect(p6.result.current).toBeNull();
    expect(p12.result.current).toMatchObject({ passageIndex: 11 });
  });
});
