/**
 * The transcript search: the query as typed, its hits and which hit is current. Rules:
 * - hits are computed here, once per query change, so rows and the progress bar only select;
 * - a query that folds to the same needle keeps its state, and each passage keeps the same
 *   hits array while its hits are equal, so a row re-renders only when its own hits change;
 * - typing does not pick a hit (nothing seeks while typing): the current hit is -1 until the
 *   reader moves with next/previous or chooses a result.
 */
import { create } from 'zustand';
import type { SearchHit, SearchIndex } from './search-index';

export interface SearchState {
  query: string;
  hits: readonly SearchHit[];
  /** Index into `hits`, or -1 when no hit is current. */
  activeHitIndex: number;
  /** Each passage's hits, in hit order; passages without hits are absent. */
  hitsByPassage: ReadonlyMap<number, readonly SearchHit[]>;
  /** Indexes of the passages that have hits, ascending (for ticks on a progress bar). */
  hitPassages: readonly number[];
}

const NO_HITS: readonly SearchHit[] = [];

const initialSearchState: SearchState = {
  query: '',
  hits: NO_HITS,
  activeHitIndex: -1,
  hitsByPassage: new Map(),
  hitPassages: [],
};

export const useSearchStore = create<SearchState>()(() => ({ ...initialSearchState }));

const sameHits = (a: readonly SearchHit[], b: readonly SearchHit[]) =>
  a.length === b.length &&
  a.every((h, i) => {
    const o = b[i]!;
    return (
      h.passageIndex === o.passageIndex &&
      h.language === o.language &&
      h.start === o.start &&
      h.end === o.end
    );
  });

/** Groups hits by passage, reusing the previous array of a passage whose hits are unchanged. */
function groupHits(hits: readonly SearchHit[], previous: SearchState['hitsByPassage']) {
  const groups = new Map<number, SearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.passageIndex);
    if (group) group.push(hit);
    else groups.set(hit.passageIndex, [hit]);
  }
  const byPassage = new Map<number, readonly SearchHit[]>();
  for (const [passageIndex, group] of groups) {
    const old = previous.get(passageIndex);
    byPassage.set(passageIndex, old && sameHits(old, group) ? old : group);
  }
  return byPassage;
}

/** Runs `query` against `index`; the hits are replaced and no hit is current. */
export function setSearchQuery(query: string, index: SearchIndex) {
  const state = useSearchStore.getState();
  if (query === state.query) return;
  const hits = index.search(query);
  if (sameHits(hits, state.hits)) {
    // Same needle (say a trailing space was typed): keep hits and the current one.
    useSearchStore.setState({ query });
    return;
  }
  const hitsByPassage = groupHits(hits, state.hitsByPassage);
  useSearchStore.setState({
    query,
    hits: hits.length ? hits : NO_HITS,
    activeHitIndex: -1,
    hitsByPassage,
    hitPassages: [...hitsByPassage.keys()],
  });
}

/** Makes hit `index` current (-1 for none); out-of-range indexes are ignored. */
export function setActiveHit(index: number) {
  const { hits, activeHitIndex } = useSearchStore.getState();
  if (index === activeHitIndex || index < -1 || index >= hits.length) return;
  useSearchStore.setState({ activeHitIndex: index });
}

type Position = Pick<SearchState, 'hits' | 'activeHitIndex'>;

/** The hit after the current one, wrapping; the first when none is current. */
export function nextHitIndex({ hits, activeHitIndex }: Position): number {
  return hits.length ? (activeHitIndex + 1) % hits.length : -1;
}

/** The hit before the current one, wrapping; the last when none is current. */
export function prevHitIndex({ hits, activeHitIndex }: Position): number {
  if (!hits.length) return -1;
  return activeHitIndex <= 0 ? hits.length - 1 : activeHitIndex - 1;
}

export function clearSearch() {
  useSearchStore.setState({ ...initialSearchState });
}

/** A passage's hits; the same array while they are unchanged, so rows can memoise on it. */
export function useSearchHits(passageIndex: number): readonly SearchHit[] {
  return useSearchStore((s) => s.hitsByPassage.get(passageIndex) ?? NO_HITS);
}

/** The current hit if it is in this passage, else null: a row re-renders only when it moves in or out. */
export function useActiveSearchHit(passageIndex: number): SearchHit | null {
  return useSearchStore((s) => {
    const hit = s.hits[s.activeHitIndex];
    return hit && hit.passageIndex === passageIndex ? hit : null;
  });
}
