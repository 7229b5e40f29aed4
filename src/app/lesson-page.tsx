import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useLesson } from '@/features/lesson/get-lesson';
import type { Passage } from '@/features/lesson/lesson-schema';
import { CopyPassageLinkButton, CopyTimeLinkButton } from '@/features/links/copy-link-button';
import { useTimeLink } from '@/features/links/use-time-link';
import { LessonDetails } from '@/features/lesson/lesson-details';
import { StudyControls } from '@/features/player/study-controls';
import { TranscriptSearch } from '@/features/search/search-panel';
import { useShortcuts } from '@/features/shortcuts/use-shortcuts';
import { VideoPlayer } from '@/features/player/video-player';
import { getTermIndex } from '@/features/terms/term-matcher';
import type { PassageTextRenderer } from '@/features/transcript/passage-row';
import { TranscriptPanel } from '@/features/transcript/transcript-panel';
import { showNotice } from '@/stores/notice-store';
import { setPassageStarts } from '@/stores/playback-store';
import { parseSourceParam } from '@/utils/source-param';
import { PassageText } from './passage-text';
import { useSearchSync } from './use-search-sync';

// Panels not needed at first paint load on first use.
const GlossaryPanel = lazy(() => import('@/features/terms/glossary-panel'));
const ShortcutsDialog = lazy(() => import('@/features/shortcuts/shortcuts-dialog'));

const focusSearch = () =>
  document.querySelector<HTMLInputElement>('[role="search"] input[type="search"]')?.focus();

type Panel = 'glossary' | null;

export function LessonPage({ id }: { id: string }) {
  const lesson = useLesson(id);
  const sourceParam = useMemo(() => parseSourceParam(window.location.search), []);
  const [panel, setPanel] = useState<Panel>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  useShortcuts({ onFocusSearch: focusSearch, onShowHelp: showHelp });

  useEffect(() => {
    setPassageStarts(lesson.passages.map((p) => p.start));
    document.title = `${lesson.title.en} · Tandem`;
    return () => setPassageStarts([]);
  }, [lesson]);

  useEffect(() => {
    if (sourceParam.kind === 'refused')
      showNotice(`${sourceParam.reason} Playing the lesson’s own video instead.`, 'warning');
  }, [sourceParam]);
  useTimeLink(lesson.duration);
  const hitTimes = useSearchSync(lesson);

  const renderText = useTermRenderer(lesson);
  const togglePanel = (next: Panel) => setPanel((current) => (current === next ? null : next));

  return (
    <main className="lesson-layout" id="main">
      <div className="player-column">
        <header className="lesson-heading">
          <p className="lesson-series">
            {lesson.series.title.en} · Lesson {lesson.series.number} of {lesson.series.total}
          </p>
          <h1>{lesson.title.en}</h1>
          <p lang="zh-Hans" className="lesson-title-zh">
            {lesson.title.zh}
          </p>
        </header>
        <VideoPlayer
          lesson={lesson}
          linkSource={sourceParam.kind === 'url' ? sourceParam : undefined}
          hitTimes={hitTimes}
        >
          <button
            type="button"
            className="button toggle"
            aria-expanded={panel === 'glossary'}
            onClick={() => togglePanel('glossary')}
          >
            Glossary
          </button>
          <CopyTimeLinkButton />
          <StudyControls />
          <button
            type="button"
            className="button shortcuts-button"
            aria-haspopup="dialog"
            onClick={showHelp}
          >
            Keyboard shortcuts
          </button>
        </VideoPlayer>
        <LessonDetails lesson={lesson} />
      </div>
      <div className="side-column">
        <TranscriptPanel
          passages={lesson.passages}
          renderText={renderText}
          renderActions={renderActions}
          search={<TranscriptSearch passages={lesson.passages} />}
        />
        {panel === 'glossary' && (
          <Suspense fallback={<div className="side-panel" aria-busy="true" />}>
            <GlossaryPanel lesson={lesson} onClose={() => setPanel(null)} />
          </Suspense>
        )}
      </div>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </main>
  );
}

/** The tools under each passage. Stable, so passage rows stay memoised. */
const renderActions = (passage: Passage) => (
  <CopyPassageLinkButton start={passage.start} end={passage.end} />
);

/** Passage text with key terms and search matches; term matching runs once per lesson. */
function useTermRenderer(lesson: ReturnType<typeof useLesson>): PassageTextRenderer {
  const index = getTermIndex(lesson);
  const terms = useMemo(() => new Map(lesson.terms.map((t) => [t.id, t])), [lesson.terms]);
  return useCallback(
    (passageIndex, language, text) => (
      <PassageText
        text={text}
        termMatches={index.passages[passageIndex]?.[language] ?? []}
        terms={terms}
        passageIndex={passageIndex}
        language={language}
      />
    ),
    [index, terms],
  );
}
