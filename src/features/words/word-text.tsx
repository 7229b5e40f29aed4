/* eslint-disable jsx-a11y/no-noninteractive-tabindex, jsx-a11y/no-noninteractive-element-interactions --
   The Chinese text is a group of words with one tab stop and keys of its own (the composite
   pattern of a listbox or grid, without claiming to be one): thousands of buttons would cost
   every row, and a screen reader reads the text as text. */
import { QueryObserver, useQueryClient } from '@tanstack/react-query';
import {
  type MouseEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { WordFile } from '@/domain/word-entries';
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { showNotice } from '@/stores/notice-store';
import { LazyWordCard, wordCardModule } from './lazy-word-card';
import {
  closeWordCard,
  openWordCard,
  readWord,
  selectOpenWord,
  selectReadingWord,
  useWordCardStore,
} from './word-card-store';
import { useWordReading } from './use-word-reading';
import { type PassageWords, wordElementId } from './word-pieces';
import { getWordsQueryOptions } from './words-query';
import './words.css';

export interface WordLayer {
  /** This passage's words, once the word file is there; null before. */
  words: PassageWords | null;
  /** The word being read word by word, or -1. */
  current: number;
  idBase: string;
}

/**
 * A passage's words for its text to draw: nothing is fetched here (the word file loads on the
 * first approach to a word), but once it is there every row on screen draws its words.
 */
export function useWordLayer(lessonId: string, passage: Passage, passageIndex: number): WordLayer {
  const idBase = useId();
  const file = useWordFile(lessonId);
  const entry = file?.passages[passageIndex];
  const current = useWordCardStore(selectReadingWord(passageIndex));
  return { words: entry?.id === passage.id ? entry.words : null, current, idBase };
}

/**
 * The lesson's word file once it is in the cache, watched without fetching. A row's own
 * observer, made once: useQuery would set its options again at every render of the row, and a
 * row renders at each passage change it takes part in. Being observed keeps the file cached.
 */
function useWordFile(lessonId: string): WordFile | undefined {
  const queryClient = useQueryClient();
  const observer = useMemo(
    () => new QueryObserver(queryClient, { ...getWordsQueryOptions(lessonId), enabled: false }),
    [queryClient, lessonId],
  );
  const subscribe = useCallback((changed: () => void) => observer.subscribe(changed), [observer]);
  const getData = () => observer.getCurrentResult().data;
  return useSyncExternalStore(subscribe, getData, getData);
}

interface WordTextProps {
  lessonId: string;
  passage: Passage;
  passageIndex: number;
  layer: WordLayer;
  children: ReactNode;
}

/**
 * A passage's Chinese as a set of words to look up. One click handler for the whole text finds
 * the word a click or tap landed on and opens its card; the text is one tab stop where Enter
 * or W starts word-by-word reading (arrows move, Enter opens the card, Escape leaves). A key
 * term is a button of its own and keeps its popover.
 */
export function WordText({ lessonId, passage, passageIndex, layer, children }: WordTextProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLSpanElement>(null);
  const openWord = useWordCardStore(selectOpenWord(passageIndex));
  const via = useWordCardStore((s) => (openWord >= 0 ? s.open?.via : undefined));
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { words, current } = layer;

  const loadWords = () =>
    queryClient.fetchQuery(getWordsQueryOptions(lessonId)).catch((error: unknown) => {
      showNotice(t('words.loadFailed'), 'warning');
      throw error;
    });
  // Only the first approach loads: after a failure, a look-up (or Try again) asks again, not
  // every movement of the pointer over the text.
  const preload = () => {
    const state = queryClient.getQueryState(getWordsQueryOptions(lessonId).queryKey);
    // Pending and idle: asked for by no one yet (the rows only watch the cache).
    if (!state || (state.status === 'pending' && state.fetchStatus === 'idle'))
      void queryClient.prefetchQuery(getWordsQueryOptions(lessonId));
    if (wordCardModule.status === 'idle') void wordCardModule.load().catch(() => {});
  };
  const open = (k: number, element: HTMLElement | null, how: 'pointer' | 'keyboard') => {
    setAnchor(element);
    openWordCard({ passageIndex, word: k }, how);
  };
  const { handleKeyDown, handleBlur, wordElement } = useWordReading({
    container: ref,
    passageIndex,
    drawn: words !== null,
    current,
    loadWords,
    openCard: (k) => open(k, wordElement(k), 'keyboard'),
  });

  useEffect(
    () => () => {
      // A row scrolled out of the list takes its card and its reading along.
      const { open: card, reading } = useWordCardStore.getState();
      if (card?.passageIndex === passageIndex) closeWordCard();
      if (reading?.passageIndex === passageIndex) readWord(null);
    },
    [passageIndex],
  );

  const handleClick = (event: MouseEvent) => {
    const target = event.target as Element;
    // Clicks inside the card (a portal) bubble here through React: not the row's to seek on.
    if (!ref.current?.contains(target)) return event.stopPropagation();
    if (!window.getSelection()?.isCollapsed) return;
    if (target.closest('button, a, [role="button"]')) return;
    const word = target.closest<HTMLElement>('.word');
    if (word) {
      event.stopPropagation();
      open(Number(word.dataset.word), word, 'pointer');
      return;
    }
    if (words) return; // between words: the row seeks, as before
    // The first look-up, before the words are drawn: once they are, the same point has one.
    event.stopPropagation();
    pendingPoint.current = { x: event.clientX, y: event.clientY };
    loadWords().catch(() => (pendingPoint.current = null));
  };

  const pendingPoint = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const point = pendingPoint.current;
    if (!words || !point) return;
    pendingPoint.current = null;
    const hit = document.elementFromPoint(point.x, point.y)?.closest<HTMLElement>('.word');
    if (hit && ref.current?.contains(hit)) open(Number(hit.dataset.word), hit, 'pointer');
  });

  const handleClose = () => {
    closeWordCard();
    if (via === 'keyboard') ref.current?.focus();
  };

  return (
    <>
      {/* One tab stop per passage, not one per word: the arrows move between its words,
          announced through aria-activedescendant, which a group supports. */}
      <span
        ref={ref}
        role="group"
        tabIndex={0}
        className="word-text"
        data-words={words ? '' : undefined}
        data-reading={current >= 0 || undefined}
        aria-label={t('words.textLabel')}
        aria-activedescendant={current >= 0 ? wordElementId(layer.idBase, current) : undefined}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
        onPointerOver={preload}
        onFocus={preload}
        onBlur={handleBlur}
      >
        {children}
      </span>
      {openWord >= 0 && (
        <LazyWordCard
          lessonId={lessonId}
          passage={passage}
          passageIndex={passageIndex}
          word={openWord}
          anchor={anchor}
          onClose={handleClose}
        />
      )}
    </>
  );
}
