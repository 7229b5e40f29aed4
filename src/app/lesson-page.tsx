import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLesson } from '@/features/lesson/get-lesson';
import { useWholeLessonCheck } from '@/features/lesson/lesson-check';
import { LessonDetails, SeriesLine } from '@/features/lesson/lesson-details';
import { CopyTimeLinkButton } from '@/features/links/copy-link-button';
import { pageHasTimeLink, useTimeLink } from '@/features/links/use-time-link';
import { useNotesPersistence } from '@/features/notes/use-notes-persistence';
import { StudyControls } from '@/features/player/study-controls';
import { VideoPlayer } from '@/features/player/video-player';
import { TranscriptSearch } from '@/features/search/search-panel';
import { useShortcuts } from '@/features/shortcuts/use-shortcuts';
import type { TranscriptHandle } from '@/features/transcript/transcript-handle';
import { TranscriptPanel } from '@/features/transcript/transcript-panel';
import { rendersEveryRow } from '@/features/transcript/use-virtual-rows';
import { translate, useT, useUiLanguage } from '@/i18n/ui-language';
import { showNotice } from '@/stores/notice-store';
import { setPassageStarts } from '@/stores/playback-store';
import { parseSourceParam } from '@/utils/source-param';
import { OpenPanel, type PanelName, PanelToggles, ShortcutsHelp } from './lesson-panels';
import { PinyinLoadFailure } from './ruby-text';
import { usePassageRenderers } from './use-passage-renderers';
import { useFindOpensSearch, useSearchSync } from './use-search-sync';

// The tools a phone shows without "More": the panels students open most.
const PRIMARY_PANELS: readonly PanelName[] = ['glossary', 'notes'];
const MORE_PANELS: readonly PanelName[] = ['about', 'words', 'sheet', 'export'];

export function LessonPage({ id }: { id: string }) {
  const lesson = useLesson(id);
  useWholeLessonCheck(lesson);
  const sourceParam = useMemo(() => parseSourceParam(window.location.search), []);
  // Read once: a link to a time, or to a video elsewhere, wants the player at once.
  const [eager] = useState(() => sourceParam.kind === 'url' || pageHasTimeLink(lesson.duration));
  const [panel, setPanel] = useState<PanelName | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  const togglePanel = useCallback(
    (next: PanelName) => setPanel((current) => (current === next ? null : next)),
    [],
  );
  const t = useT();
  const uiLanguage = useUiLanguage((s) => s.language);
  const transcriptRef = useRef<TranscriptHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  useShortcuts({ onFocusSearch: focusSearch, onShowHelp: showHelp });
  useFindOpensSearch(!rendersEveryRow(lesson.passages.length), focusSearch);

  useEffect(() => {
    setPassageStarts(lesson.passages.map((p) => p.start));
    return () => setPassageStarts([]);
  }, [lesson]);
  useEffect(() => {
    document.title = `${lesson.title[uiLanguage]} · Tandem`;
  }, [lesson, uiLanguage]);

  useEffect(() => {
    if (sourceParam.kind === 'refused')
      showNotice(
        translate('lesson.sourceRefused', {
          reason:
            sourceParam.reason === 'scheme'
              ? translate('source.scheme', { scheme: sourceParam.scheme })
              : translate('source.invalid'),
        }),
        'warning',
      );
  }, [sourceParam]);
  useTimeLink(lesson.duration);
  useNotesPersistence(lesson.id);
  const hitTimes = useSearchSync(lesson, transcriptRef);
  const { renderText, renderActions } = usePassageRenderers(lesson, transcriptRef);

  return (
    <main className="lesson-layout" id="main">
      <div className="player-column">
        <header className="lesson-heading">
          <SeriesLine lesson={lesson} className="lesson-series" />
          {uiLanguage === 'zh' ? (
            <>
              <h1 lang="zh-Hans">{lesson.title.zh}</h1>
              <p lang="en" className="lesson-title-other">
                {lesson.title.en}
              </p>
            </>
          ) : (
            <>
              <h1 lang="en">{lesson.title.en}</h1>
              <p lang="zh-Hans" className="lesson-title-other">
                {lesson.title.zh}
              </p>
            </>
          )}
        </header>
        <VideoPlayer
          lesson={lesson}
          linkSource={sourceParam.kind === 'url' ? sourceParam : undefined}
          hitTimes={hitTimes}
          eager={eager}
          more={
            <>
              <PanelToggles open={panel} onToggle={togglePanel} names={MORE_PANELS} />
              <CopyTimeLinkButton />
              <StudyControls />
              <button
                type="button"
                className="button shortcuts-button"
                aria-haspopup="dialog"
                onClick={showHelp}
              >
                {t('shortcuts.title')}
              </button>
            </>
          }
        >
          <PanelToggles open={panel} onToggle={togglePanel} names={PRIMARY_PANELS} />
        </VideoPlayer>
        <LessonDetails lesson={lesson} />
      </div>
      <div className="side-column">
        <TranscriptPanel
          passages={lesson.passages}
          renderText={renderText}
          renderActions={renderActions}
          handleRef={transcriptRef}
          missingLanguage={lesson.missingLanguage}
          search={
            <>
              <PinyinLoadFailure />
              <TranscriptSearch passages={lesson.passages} inputRef={searchRef} />
            </>
          }
        />
        <OpenPanel name={panel} lesson={lesson} onClose={() => setPanel(null)} />
      </div>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </main>
  );
}
