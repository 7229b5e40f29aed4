import { useRef } from 'react';
import { flushSync } from 'react-dom';
import type { Lesson, Passage } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import { DiscussionSheet } from './discussion-sheet';
import { toggleSheetPassage, useSheetPassages } from './sheet-store';
import { SidePanel } from '@/ui/side-panel';

interface SheetPanelProps {
  lesson: Lesson;
  onClose: () => void;
  /** The teacher's notes by passage id, printed under each passage. */
  notesByPassage?: ReadonlyMap<string, readonly string[]>;
  /** Base of the printed passage links; the current page by default. */
  pageUrl?: string;
}

const ZH_CHARS = 14;
const EN_WORDS = 8;

/** Enough of a passage to recognise it: counted in characters for Chinese, words for English. */
function firstWords(passage: Passage) {
  const zhChars = Array.from(passage.zh);
  const enWords = passage.en.split(/\s+/);
  return {
    zh: zhChars.length > ZH_CHARS ? `${zhChars.slice(0, ZH_CHARS).join('')}…` : passage.zh,
    en: enWords.length > EN_WORDS ? `${enWords.slice(0, EN_WORDS).join(' ')}…` : passage.en,
  };
}

/** The chosen passages, in time order, with the printable sheet mounted while the panel is. */
export default function SheetPanel({ lesson, onClose, notesByPassage, pageUrl }: SheetPanelProps) {
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const passageIds = useSheetPassages(lesson.id);
  const chosen = lesson.passages.filter((p) => passageIds.includes(p.id));

  /** The pressed button disappears: keep focus in the list rather than losing it to <body>. */
  function handleRemove(passageId: string, position: number) {
    flushSync(() => toggleSheetPassage(lesson.id, passageId));
    const buttons = listRef.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(position, buttons.length - 1)] ?? closeRef.current;
    next?.focus();
  }

  return (
    <SidePanel
      title={t('sheet.title')}
      closeLabel={t('sheet.close')}
      onClose={onClose}
      className="sheet-panel"
      closeRef={closeRef}
      after={
        <DiscussionSheet
          lesson={lesson}
          passageIds={passageIds}
          notesByPassage={notesByPassage}
          pageUrl={pageUrl ?? window.location.href}
        />
      }
    >
      {chosen.length === 0 ? (
        <p className="sheet-hint">{t('sheet.empty', { button: t('sheet.add') })}</p>
      ) : (
        <>
          <p className="sheet-hint">
            {t(chosen.length === 1 ? 'sheet.summaryOne' : 'sheet.summaryOther', {
              count: chosen.length,
            })}
          </p>
          <ol className="sheet-list" ref={listRef}>
            {chosen.map((passage, position) => {
              const time = formatClock(passage.start);
              const words = firstWords(passage);
              return (
                <li key={passage.id} className="sheet-item">
                  <span className="sheet-item-time">{time}</span>
                  <span className="sheet-item-words">
                    <span lang="zh-Hans">{words.zh}</span> <span lang="en">{words.en}</span>
                  </span>
                  <button
                    type="button"
                    className="chip"
                    aria-label={t('sheet.removeLabel', { time })}
                    onClick={() => handleRemove(passage.id, position)}
                  >
                    {t('sheet.remove')}
                  </button>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <button
        type="button"
        className="button"
        disabled={chosen.length === 0}
        onClick={() => window.print()}
      >
        {t('sheet.print')}
      </button>
    </SidePanel>
  );
}
