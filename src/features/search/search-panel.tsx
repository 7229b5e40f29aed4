import { type KeyboardEvent, type Ref, useEffect, useId, useMemo, useRef } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { type Translate, useT } from '@/i18n/ui-language';
import { seekToPassage, setFollow } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';
import { createSearchIndex, passageSnippet, type SearchHit } from './search-index';
import {
  nextHitIndex,
  prevHitIndex,
  setActiveHit,
  setSearchQuery,
  useSearchStore,
} from './search-store';
import './search-panel.css';

/** Beyond this a list of results stops being useful to scan; next/previous still reach all. */
export const MAX_LISTED_RESULTS = 100;
// Chinese carries about three times the meaning per character that English does.
const SNIPPET_RADIUS = { en: 40, zh: 14 } as const;

export interface SearchPanelProps {
  passages: readonly Passage[];
  query: string;
  hits: readonly SearchHit[];
  /** Index into `hits` of the current hit, or -1. */
  activeHit: number;
  onQueryChange: (query: string) => void;
  /** The search box, for the page's "/" shortcut. */
  inputRef?: Ref<HTMLInputElement>;
  /** A hit became current; the panel has already asked the player to seek to its passage. */
  onActivate: (hitIndex: number) => void;
}

function statusText(query: string, hits: number, active: number, t: Translate): string {
  if (!query.trim()) return '';
  if (hits === 0) return t('search.noResults');
  if (active < 0)
    return t(hits === 1 ? 'search.resultsOne' : 'search.resultsOther', { count: hits });
  return t('search.position', { position: active + 1, count: hits });
}

/**
 * Search box, previous/next, a count and the list of results. Moving with previous/next seeks
 * only when the hit is in another passage, so stepping through one passage's hits does not
 * restart it; choosing a result from the list always seeks.
 */
export function SearchPanel(props: SearchPanelProps) {
  const { passages, query, hits, activeHit, onQueryChange, onActivate, inputRef } = props;
  const listId = useId();
  const activeRef = useRef<HTMLButtonElement>(null);
  const t = useT();

  useEffect(() => {
    // jsdom has no scrollIntoView.
    activeRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeHit]);

  // Choosing a result plays from its passage; stepping (Enter, Shift+Enter, the arrows) only
  // moves through the transcript, so the video is never moved without a visible reason.
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    // Following stays paused while searching: the reader is looking around.
    seekToPassage(passages[hit.passageIndex]!.start, { follow: false });
    onActivate(index);
  };
  const step = (delta: 1 | -1) => {
    const position = { hits, activeHitIndex: activeHit };
    const index = delta > 0 ? nextHitIndex(position) : prevHitIndex(position);
    if (index < 0) return;
    setFollow(false);
    onActivate(index);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter also confirms a Chinese IME composition; that Enter is not ours.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };

  const listed = hits.slice(0, MAX_LISTED_RESULTS);
  return (
    <div role="search" aria-label={t('search.landmark')} className="search-panel">
      <div className="search-bar">
        <input
          ref={inputRef}
          type="search"
          className="filter-box"
          aria-label={t('search.label')}
          placeholder={t('search.label')}
          aria-controls={listId}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={handleKeyDown}
        />
        <button
          type="button"
          className="button"
          aria-label={t('search.previous')}
          title={t('search.previousHint')}
          disabled={!hits.length}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="button"
          aria-label={t('search.next')}
          title={t('search.nextHint')}
          disabled={!hits.length}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
      <p role="status" className="search-status">
        {statusText(query, hits.length, activeHit, t)}
      </p>
      <ol id={listId} className="search-results" aria-label={t('search.results')}>
        {listed.map((hit, index) => (
          <li key={`${hit.passageIndex}-${hit.language}-${hit.start}`}>
            <SearchResult
              hit={hit}
              passage={passages[hit.passageIndex]!}
              active={index === activeHit}
              buttonRef={index === activeHit ? activeRef : undefined}
              onChoose={() => choose(index)}
            />
          </li>
        ))}
      </ol>
      {hits.length > listed.length && (
        <p className="search-more">
          {t('search.more', { shown: listed.length, count: hits.length })}
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
  const t = useT();
  return (
    <button
      ref={buttonRef}
      type="button"
      className="search-result"
      aria-current={active ? 'true' : undefined}
      onClick={onChoose}
    >
      <span className="search-result-time">{formatClock(passage.start)}</span>{' '}
      <span className="visually-hidden">{t(`language.${hit.language}`)}</span>
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
export function TranscriptSearch({
  passages,
  inputRef,
}: {
  passages: readonly Passage[];
  inputRef?: Ref<HTMLInputElement>;
}) {
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
      inputRef={inputRef}
    />
  );
}
