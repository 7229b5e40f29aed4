import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/i18n/ui-language';

/**
 * Closing the form with something entered asks first: Esc or Cancel would otherwise throw away
 * files chosen and text typed without a word. The question is asked once; Esc again, or
 * Discard, closes. (Chromium lets a page hold the dialog's Esc only once per user activation
 * anyway, so "Esc twice" is the one rule every engine can keep.)
 */
export function useDiscardQuestion(dirty: boolean, close: () => void) {
  const [asking, setAsking] = useState(false);
  const ask = () => (dirty && !asking ? setAsking(true) : close());
  return {
    asking,
    /** The dialog's cancel event (Esc). */
    handleCancel(event: React.SyntheticEvent) {
      if (!dirty || asking) return;
      event.preventDefault();
      setAsking(true);
    },
    /** The Cancel button. */
    ask,
    keepEditing: () => setAsking(false),
  };
}

interface DiscardQuestionProps {
  onKeep: () => void;
  onDiscard: () => void;
}

export function DiscardQuestion({ onKeep, onDiscard }: DiscardQuestionProps) {
  const t = useT();
  const keepRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const cameFrom = useRef<Element | null>(null);
  // Focus on the safe answer: Enter or Space keeps the work, and goes back to where it was.
  useEffect(() => {
    cameFrom.current = document.activeElement;
    keepRef.current?.focus();
  }, []);
  const keep = () => {
    if (cameFrom.current instanceof HTMLElement) cameFrom.current.focus();
    onKeep();
  };
  return (
    <div className="add-lesson-discard" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{t('maker.discardQuestion')}</p>
      <button ref={keepRef} type="button" className="button" onClick={keep}>
        {t('maker.keepEditing')}
      </button>
      <button type="button" className="button" onClick={onDiscard}>
        {t('maker.discard')}
      </button>
    </div>
  );
}
