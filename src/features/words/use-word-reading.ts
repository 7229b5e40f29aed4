import { type FocusEvent, type KeyboardEvent, type RefObject, useEffect, useRef } from 'react';
import { readWord, useWordCardStore } from './word-card-store';

interface WordReadingOptions {
  /** The passage's text, whose drawn words (`[data-word]`) the arrows move between. */
  container: RefObject<HTMLElement | null>;
  passageIndex: number;
  /** Whether the passage's words are drawn yet. */
  drawn: boolean;
  /** The word being read, or -1. */
  current: number;
  /** Loads the word file (which draws the words); rejects if it cannot be loaded. */
  loadWords: () => Promise<unknown>;
  openCard: (word: number) => void;
}

const READING_KEYS = new Set(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End']);

const isWordKey = (event: KeyboardEvent) =>
  !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'w';

/**
 * Word-by-word reading of a passage from the keyboard: Enter or W on its text starts at the
 * first word, arrows (and Home, End) move, Enter or Space opens the word's card, Escape stops.
 * Key terms are not drawn as words (they are buttons of their own), so the arrows skip them.
 */
export function useWordReading({
  container,
  passageIndex,
  drawn,
  current,
  loadWords,
  openCard,
}: WordReadingOptions) {
  const wordElement = (k: number) =>
    container.current?.querySelector<HTMLElement>(`[data-word="${k}"]`) ?? null;
  const move = (step: number | 'first' | 'last') => {
    const words = [...(container.current?.querySelectorAll<HTMLElement>('[data-word]') ?? [])].map(
      (element) => Number(element.dataset.word),
    );
    const at = words.indexOf(current);
    const k =
      step === 'first'
        ? words[0]
        : step === 'last'
          ? words.at(-1)
          : words[Math.max(0, Math.min(words.length - 1, at + step))];
    if (k === undefined) return;
    readWord({ passageIndex, word: k });
    requestAnimationFrame(() => wordElement(k)?.scrollIntoView({ block: 'nearest' }));
  };

  // Enter pressed before the words were there: start once they are drawn.
  const startPending = useRef(false);
  useEffect(() => {
    if (!drawn || !startPending.current) return;
    startPending.current = false;
    move('first');
  });

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.target !== event.currentTarget) return; // a key term's own keys
    if (current < 0) {
      // Reading starts as soon as the words arrive: until then the arrows do not seek.
      if (startPending.current && READING_KEYS.has(event.key)) return event.preventDefault();
      if (event.key !== 'Enter' && !isWordKey(event)) return;
      event.preventDefault();
      if (drawn) return move('first');
      startPending.current = true;
      loadWords().catch(() => (startPending.current = false));
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(1),
      ArrowDown: () => move(1),
      ArrowLeft: () => move(-1),
      ArrowUp: () => move(-1),
      Home: () => move('first'),
      End: () => move('last'),
      Enter: () => openCard(current),
      ' ': () => openCard(current),
      Escape: () => readWord(null),
    };
    const action = keys[event.key];
    if (!action) return;
    // Handled here, so the page's shortcuts (arrows seek) leave it alone.
    event.preventDefault();
    action();
  };

  /** Leaving the text stops reading, unless focus went into the word's card. */
  const handleBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (current >= 0 && !useWordCardStore.getState().open && !container.current?.contains(next))
      readWord(null);
  };

  return { handleKeyDown, handleBlur, wordElement };
}
