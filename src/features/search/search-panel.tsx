import { type KeyboardEvent, type Ref, useEffect, useId, useMemo, useRef } from 'react';
import type { Passage } from '@/features/lesson/lesson-schema';
import { seekToPassage } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';
import { createSearchIndex, passageSnippet, type SearchHit } from './search-index';
import {
  nextHitIndex,
  prevHitIndex,
  setActiveHit,
  setSearchQuery,
  useSearchStore,
} from './search-store';

/** Beyond this a list of results stops being useful to scan; next/previous still reach all. */
export const MAX_LISTED_RESULTS = 100;
// Chinese carries about three times the meaning per character that English does.
const SNIPPET_RADIUS = { en: 40, zh: 14 } as const;
const LANGUAGE_NAMES = { en: 'English', zh: '中文' } as const;

export interface SearchPanelProps {
  passages: readonly Passage[];
  query: string;
  hits: readonly SearchHit[];
  /** Index into `hits` of the current hit, or -1. */
  activeHit: number;
  onQueryChange: (query: string) => void;
  /** A hit became current; the panel has already asked the player to seek to its passage. */
  onActivate: (hitIndex: number) => void;
}

function statusText(query: string, hits: number, active: number): string {
  if (!query.trim()) return '';
  if (hits === 0) return 'No results';
  if (active < 0) return hits === 1 ? '1 result' : `${hits} results`;
  return `${active + 1} of ${hits}`;
}

/**
 * Search box, previous/next, a count and the list of results. Moving with previous/next seeks
 * only when the hit is in another passage, so stepping through one passage's hits does not
 * restart it; choosing a result from the list always seeks.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { passages, query, hits, activeHit, onQueryChange, onActivate } = props;
  const listId = useId();
  const activeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // jsdom has no scrollIntoView.
    activeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit]);

  const activate = (index: number, alwaysSeek: boolean) => {
    const hit = hits[index];
    if (!hit) return;
    if (alwaysSeek || hits[activeHit]?.passageIndex !== hit.passageIndex)
      // Following stays paused while searching: the reader is looking around.
      seekToPassage(passages[hit.passageIndex]!.start, { follow: false });
    onActivate(index);
  };
  const step = (delta: 1 | -1) => {
    const position = { hits, activeHitIndex: activeHit };
    activate(delta > 0 ? nextHitIndex(position) : prevHitIndex(position), false);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter also confirms a Chinese IME composition; that Enter is not ours.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };

  const listed = hits.slice(0, MAX_LISTED_RESULTS);
  return (
    <div role="search" aria-label="Transcript" className="search-panel">
      <div className="search-bar">
        <input
          type="search"
          className="filter-box"
          aria-label="Search transcript"
          placeholder="Search transcript"
          aria-controls={listId}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={handleKeyDown}
        />
        <button
          type="button"
          className="button"
          aria-label="Previous result"
          title="Previous result (Shift+Enter)"
          disabled={!hits.length}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label="Next result"
          title="Next result (Enter)"
          disabled={!hits.length}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      <p role="status" className="search-status">
        {statusText(query, hits.length, activeHit)}
      </p>
      <ol id={listId} className="search-results" aria-label="Search results">
        {listed.map((hit, index) => (
          <li key={`${hit.passageIndex}-${hit.language}-${hit.start}`}>
            <SearchResult
              hit={hit}
              passage={passages[hit.passageIndex]!}
              active={index === activeHit}
              buttonRef={index === activeHit ? activeRef : undefined}
              onChoose={() => activate(index, true)}
            />
          </li>
        ))}
      </ol>
      {hits.length > listed.length && (
        <p className="search-more">
          Listing the first {listed.length} of {hits.length} results; use next and previous to reach
          the rest.
        </p>
      )}
    </div>
  );
}

interface SearchResultProps {
  hit: SearchHit;
  passage: Passage;
  active: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onChoose: () => void;
}

function SearchResult({ hit, passage, active, buttonRef, onChoose }: SearchResultProps) {
  const { before, match, after } = passageSnippet(
    passage[hit.language],
    hit,
    SNIPPET_RADIUS[hit.language],
  );
  return (
    <button
      ref={buttonRef}
      type="button"
      className="search-result"
      aria-current={active ? 'true' : undefined}
      onClick={onChoose}
    >
      <span className="search-result-time">{formatClock(passage.start)}</span>{' '}
      <span className="visually-hidden">{LANGUAGE_NAMES[hit.language]}</span>
      <span className="chip search-result-language" aria-hidden="true">
        {hit.language === 'en' ? 'EN' : '中'}
      </span>{' '}
      <span lang={hit.language === 'en' ? 'en' : 'zh-Hans'}>
        {before}
        <mark>{match}</mark>
        {after}
      </span>
    </button>
  );
}

/** The panel wired to the search store: the one-line way to put search on a page. */
export function TranscriptSearch({ passages }: { passages: readonly Passage[] }) {
  const index = useMemo(() => createSearchIndex(passages), [passages]);
  const { query, hits, activeHitIndex } = useSearchStore();
  return (
    <SearchPanel
      passages={passages}
      query={query}
      hits={hits}
      activeHit={activeHitIndex}
      onQueryChange={(next) => setSearchQuery(next, index)}
      onActivate={setActiveHit}
    />
  );
}
