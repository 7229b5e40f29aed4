import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { useT } from '@/i18n/ui-language';

interface TranslationCoverProps {
  revealed: boolean;
  onReveal: () => void;
  /** The passage's text in the covered language, shown only once revealed. */
  children: ReactNode;
}

/**
 * One passage's covered translation: a button in its place until the reader asks, then the
 * text. The text is not rendered while covered, so neither eyes nor screen readers get it.
 */
export function TranslationCover({ revealed, onReveal, children }: TranslationCoverProps) {
  const t = useT();
  const textRef = useRef<HTMLDivElement>(null);
  // Set when the button had focus as it went away, so focus lands on the text, not the page.
  const focusText = useRef(false);

  useLayoutEffect(() => {
    if (!revealed || !focusText.current) return;
    focusText.current = false;
    textRef.current?.focus();
  }, [revealed]);

  const reveal = (button: HTMLButtonElement) => {
    focusText.current = button.ownerDocument.activeElement === button;
    onReveal();
  };

  if (revealed)
    return (
      <div ref={textRef} tabIndex={-1} className="translation-cover">
        {children}
      </div>
    );
  return (
    <div className="translation-cover">
      <button
        type="button"
        className="translation-placeholder"
        onClick={(event) => reveal(event.currentTarget)}
        // Tabbing onto it uncovers the text too. A pointer's focus waits for its click: the
        // button would otherwise vanish mid-click, and some engines then send the click to the
        // passage, which seeks.
        onFocus={(event) => {
          if (event.currentTarget.matches(':focus-visible')) reveal(event.currentTarget);
        }}
      >
        {t('transcript.showTranslation')}
      </button>
    </div>
  );
}
