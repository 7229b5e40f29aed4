import {
  type FocusEvent,
  memo,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { seekToPassage, setFollow, usePlaybackStore } from '@/stores/playback-store';
import { useTermStore } from '@/stores/term-store';
import { HideTranslationToggle, useCoveredLanguage } from './hide-translation';
import { LanguageSwitch, shownLanguage } from './language-switch';
import { PinyinToggle } from './pinyin-toggle';
import { type PassageActionsRenderer, PassageRow, type PassageTextRenderer } from './passage-row';
import { createTranscriptHandle, type TranscriptHandle } from './transcript-handle';
import { FollowScroller, useOwnScrolls } from './use-follow';
import { rendersEveryRow, rowsToRender, useVirtualRows } from './use-virtual-rows';
import './transcript.css';

interface TranscriptPanelProps {
  passages: readonly Passage[];
  renderText?: PassageTextRenderer;
  renderActions?: PassageActionsRenderer;
  /** Shown between the header and the passages (the search box). */
  search?: ReactNode;
  /** Filled with the transcript's handle, for the page that composes it. */
  handleRef?: Ref<TranscriptHandle>;
  /** The language a lesson made from one-language subtitles lacks. */
  missingLanguage?: 'en' | 'zh';
}

export function TranscriptPanel({
  passages,
  renderText,
  renderActions,
  search,
  handleRef,
  missingLanguage,
}: TranscriptPanelProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const ownScrolls = useOwnScrolls(scrollRef);
  // Rows kept in the document wherever the view is: the one holding focus, and the one whose
  // term popover is open (its anchor).
  const [focused, setFocused] = useState(-1);
  const openTermRow = useTermStore((s) => s.open?.passageIndex ?? -1);
  const language = shownLanguage(
    usePlaybackStore((s) => s.language),
    missingLanguage,
  );
  // Only when a passage is current: before the first one (0:00) there is nothing to go back to.
  const showBack = usePlaybackStore((s) => !s.follow && s.activeIndex >= 0);
  const pinyin = usePlaybackStore((s) => s.pinyin);
  const cover = useCoveredLanguage();
  // One passage uncovered at a time; covering anew (or the other language) starts with none.
  const [revealed, setRevealed] = useState({ cover, index: -1 });
  if (revealed.cover !== cover) setRevealed({ cover, index: -1 });
  const handleReveal = useCallback((index: number) => setRevealed({ cover, index }), [cover]);
  const t = useT();
  const virtualizer = useVirtualRows({
    count: passages.length,
    keyOf: useCallback((index: number) => passages[index]!.id, [passages]),
    scrollRef,
    language,
    pinned: [focused, openTermRow],
    onOwnScroll: ownScrolls.mark,
  });
  const [rows] = useState(() => new Map<number, HTMLElement>());
  const handleMount = useCallback(
    (index: number, element: HTMLElement | null) => {
      if (!element) {
        rows.delete(index);
        // Lets the list stop observing rows that left the document.
        virtualizer.measureElement(null);
        return;
      }
      rows.set(index, element);
      virtualizer.measureElement(element);
    },
    [rows, virtualizer],
  );
  useImperativeHandle(
    handleRef,
    () => createTranscriptHandle(scrollRef, virtualizer, rows, ownScrolls.mark),
    [virtualizer, rows, ownScrolls.mark],
  );
  // A short lesson has every row in the document; a long one too while it is printed.
  const printing = usePrinting();
  const items = rowsToRender(virtualizer, rendersEveryRow(passages.length) || printing);
  // Rows are placed here rather than through a prop: when a row above changes height, the rows
  // below move without re-rendering (a passage change re-renders its two rows, nothing more).
  useLayoutEffect(() => {
    for (const { index, start } of items) {
      const row = rows.get(index);
      const transform = `translateY(${start}px)`;
      if (row && row.style.transform !== transform) row.style.transform = transform;
    }
  });
  const handleFocus = (event: FocusEvent) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-index]');
    if (row) setFocused(Number(row.dataset.index));
  };

  const handleSeek = useCallback((passage: Passage) => {
    seekToPassage(passage.start, { play: true });
  }, []);

  return (
    <section className="transcript" aria-labelledby="transcript-heading">
      <TranscriptHeader missingLanguage={missingLanguage} />
      {search}
      <div ref={scrollRef} className="transcript-scroll" data-language={language}>
        <FollowScroller
          scrollRef={scrollRef}
          listRef={listRef}
          virtualizer={virtualizer}
          rows={rows}
          ownScrolls={ownScrolls}
        />
        <ol
          ref={listRef}
          className="passages"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={handleFocus}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setFocused(-1);
          }}
        >
          {items.map(({ index, key }) => (
            <PassageRow
              key={key}
              passage={passages[index]!}
              index={index}
              setSize={passages.length}
              onMount={handleMount}
              language={language}
              pinyin={pinyin}
              cover={cover}
              revealed={revealed.index === index}
              onReveal={handleReveal}
              onSeek={handleSeek}
              renderText={renderText}
              renderActions={renderActions}
            />
          ))}
        </ol>
      </div>
      {showBack && (
        <button type="button" className="button back-to-current" onClick={() => setFollow(true)}>
          {t('transcript.backToCurrent')}
        </button>
      )}
    </section>
  );
}

/**
 * Whether the page is being printed: from `beforeprint`, rendered at once (the browser lays out
 * the printout right after the event), to `afterprint`. On paper a long lesson has every row.
 */
function usePrinting() {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * The heading and the switches, memoised: the panel re-renders as its list scrolls (which rows
 * to render), and these need not.
 */
const TranscriptHeader = memo(function TranscriptHeader({
  missingLanguage,
}: Pick<TranscriptPanelProps, 'missingLanguage'>) {
  const t = useT();
  return (
    <header className="transcript-header">
      <h2 id="transcript-heading">{t('transcript.title')}</h2>
      <div className="transcript-options">
        <HideTranslationToggle />
        <PinyinToggle />
        <LanguageSwitch missing={missingLanguage} />
      </div>
    </header>
  );
});
