import {
  FloatingFocusManager,
  FloatingPortal,
  useDismiss,
  useInteractions,
} from '@floating-ui/react';
import { useId, useRef } from 'react';
import type { Passage } from '@/domain/lesson-schema';
import type { WordEntry } from '@/domain/word-entries';
import { useT } from '@/i18n/ui-language';
import { useFloatingCard } from '@/ui/use-floating-card';
import { savedWordId } from './saved-words-storage';
import { deleteSavedWord, saveWord, useSavedWords } from './saved-words-store';
import { makeSavedWord } from './word-context';
import '@/ui/floating-card.css';
import './word-card.css';

export interface WordCardProps {
  entry: WordEntry;
  /** Every entry of the word file: a word the dictionary lacks lists its parts' entries. */
  entries: readonly WordEntry[];
  /** Where the word was looked up, for the sentence a saved word keeps. */
  place: { lessonId: string; passage: Passage; offset: number };
  anchor: HTMLElement | null;
  onClose: () => void;
}

/**
 * A word's dictionary card: a non-modal dialog named by the word, beside it (on a phone, a
 * sheet at the foot of the window, below the video). Escape or a press outside closes it.
 * Focus goes to "Save word", so the keyboard can save at once or Tab through the senses.
 */
export function WordCard({ entry, entries, place, anchor, onClose }: WordCardProps) {
  const t = useT();
  const headingId = useId();
  const saveRef = useRef<HTMLButtonElement>(null);
  const id = savedWordId(entry.simplified, entry.pinyin);
  const saved = useSavedWords((s) => s.words.some((w) => w.id === id));
  const {
    refs: { setFloating },
    floatingStyles,
    context,
    sheet,
  } = useFloatingCard({ anchor, onClose });
  const { getFloatingProps } = useInteractions([useDismiss(context)]);
  if (!anchor) return null;

  const toggleSave = () => {
    if (saved) deleteSavedWord(id);
    else saveWord(makeSavedWord(entry, entries, place, Date.now()));
  };
  return (
    <FloatingPortal>
      <FloatingFocusManager
        context={context}
        modal={false}
        initialFocus={saveRef}
        returnFocus={false}
      >
        <div
          ref={setFloating}
          role="dialog"
          className={sheet ? 'floating-card floating-sheet word-card' : 'floating-card word-card'}
          style={sheet ? undefined : floatingStyles}
          aria-labelledby={headingId}
          {...getFloatingProps()}
        >
          <div className="word-card-head">
            <h3 id={headingId} lang="zh-Hans" className="word-card-word">
              {entry.simplified}
            </h3>
            <p className="word-card-pinyin" lang="zh-Latn-pinyin">
              {entry.pinyin}
            </p>
          </div>
          {entry.traditional !== entry.simplified && (
            <p className="word-card-traditional">
              {t('words.traditional')} <span lang="zh-Hant">{entry.traditional}</span>
            </p>
          )}
          <WordSenses entry={entry} entries={entries} />
          <div className="word-card-actions">
            <button
              ref={saveRef}
              type="button"
              className="button toggle"
              aria-pressed={saved}
              onClick={toggleSave}
            >
              {t('words.save')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
          <p className="word-card-credit">{t('words.credit')}</p>
        </div>
      </FloatingFocusManager>
    </FloatingPortal>
  );
}

/** The senses, or for a word the dictionary lacks, the lesson's gloss and its parts' senses. */
function WordSenses({ entry, entries }: { entry: WordEntry; entries: readonly WordEntry[] }) {
  const t = useT();
  const parts = (entry.parts ?? []).map((part) => entries[part]!);
  return (
    <>
      {entry.senses.length > 0 ? (
        <ol className="word-card-senses" lang="en" aria-label={t('words.senses')}>
          {entry.senses.map((sense) => (
            <li key={sense}>{sense}</li>
          ))}
        </ol>
      ) : (
        parts.length === 0 && <p className="word-card-note">{t('words.noEntry')}</p>
      )}
      {parts.length > 0 && (
        <>
          <p className="word-card-note">
            {entry.source === 'term' ? t('words.termParts') : t('words.parts')}
          </p>
          <ul className="word-card-parts">
            {parts.map((part, i) => (
              <li key={i}>
                <span lang="zh-Hans">{part.simplified}</span> <span>{part.pinyin}</span>{' '}
                <span lang="en">{part.senses.slice(0, 3).join('; ')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
