import {
  type ReactNode,
  type Ref,
  useCallback,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { seekToPassage, setFollow, usePlaybackStore } from '@/stores/playback-store';
import { HideTranslationToggle, useCoveredLanguage } from './hide-translation';
import { LanguageSwitch } from './language-switch';
import { PinyinToggle } from './pinyin-toggle';
import { type PassageActionsRenderer, PassageRow, type PassageTextRenderer } from './passage-row';
import { createTranscriptHandle, type TranscriptHandle } from './transcript-handle';
import { FollowScroller } from './use-follow';
import './transcript.css';

interface TranscriptPanelProps {
  passages: readonly Passage[];
  renderText?: PassageTextRenderer;
  renderActions?: PassageActionsRenderer;
  /** Shown between the header and the passages (the search box). */
  search?: ReactNode;
  /** Filled with the transcript's handle, for the page that composes it. */
  handleRef?: Ref<TranscriptHandle>;
}

/** Beyond this many passages, rows off screen skip layout (content-visibility). */
const LONG_LESSON = 200;

export function TranscriptPanel({
  passages,
  renderText,
  renderActions,
  search,
  handleRef,
}: TranscriptPanelProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(handleRef, () => createTranscriptHandle(scrollRef), []);
  const language = usePlaybackStore((s) => s.language);
  // Only when a passage is current: before the first one (0:00) there is nothing to go back to.
  const showBack = usePlaybackStore((s) => !s.follow && s.activeIndex >= 0);
  const pinyin = usePlaybackStore((s) => s.pinyin);
  const cover = useCoveredLanguage();
  // One passage uncovered at a time; covering anew (or the other language) starts with none.
  const [revealed, setRevealed] = useState({ cover, index: -1 });
  if (revealed.cover !== cover) setRevealed({ cover, index: -1 });
  const handleReveal = useCallback((index: number) => setRevealed({ cover, index }), [cover]);
  const t = useT();

  const handleSeek = useCallback((passage: Passage) => {
    seekToPassage(passage.start, { play: true });
  }, []);

  return (
    <section className="transcript" aria-labelledby="transcript-heading">
      <header className="transcript-header">
        <h2 id="transcript-heading">{t('transcript.title')}</h2>
        <div className="transcript-options">
          <HideTranslationToggle />
          <PinyinToggle />
          <LanguageSwitch />
        </div>
      </header>
      {search}
      <div ref={scrollRef} className="transcript-scroll" data-language={language}>
        <FollowScroller scrollRef={scrollRef} />
        <ol className="passages" data-long={passages.length > LONG_LESSON || undefined}>
          {passages.map((passage, index) => (
            <PassageRow
              key={passage.id}
              passage={passage}
              index={index}
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
