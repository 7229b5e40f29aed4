import { type PointerEvent, type ReactNode, useId, useState } from 'react';
import type { Term } from '@/domain/lesson-schema';
import {
  closeTerm,
  hoverTerm,
  openTerm,
  type TermOccurrenceRef,
  useTermStore,
} from '@/stores/term-store';
import { LazyTermPopover, termPopoverModule } from './lazy-term-popover';
import './terms.css';

/** Hover intent: long enough that sweeping the pointer across a passage opens nothing. */
const HOVER_OPEN_DELAY_MS = 350;

/** One pending hover-open for the whole page: the pointer is over one mark at a time. */
let hoverTimer: { key: string; id: ReturnType<typeof setTimeout> } | null = null;
function cancelHoverOpen() {
  if (hoverTimer) clearTimeout(hoverTimer.id);
  hoverTimer = null;
}

interface TermMarkProps {
  term: Term;
  /** The term as written (its accessible name), possibly with search marks inside. */
  children: ReactNode;
  passageIndex: number;
  occurrenceKey: string;
  paired: boolean;
  /** The line being spoken, which an open popover keeps clear of. */
  getActiveLine: () => Element | null;
}

/** Starts loading the popover's code on the first approach to any term. */
const preload = () => void termPopoverModule.load().catch(() => {});

/**
 * One occurrence of a term: a button named by the text as written that opens a non-modal
 * dialog with the definition, on hover after a delay, and at once on click, tap, Enter or
 * Space. Keyboard focus alone opens nothing, so tabbing through a passage stays quick. The
 * mark says what the reader asked for; the popover, loaded on the first
 * approach to any term, places and closes itself. It is rendered here, beside its mark, so that
 * Tab from the mark goes into it.
 */
export function TermMark({
  term,
  children,
  passageIndex,
  occurrenceKey,
  paired,
  getActiveLine,
}: TermMarkProps) {
  const popoverId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const openedBy = useTermStore((s) => (s.open?.key === occurrenceKey ? s.open.via : null));
  const open = openedBy !== null;
  const occurrence: TermOccurrenceRef = { termId: term.id, passageIndex, key: occurrenceKey };

  const handlePointerEnter = (event: PointerEvent) => {
    preload();
    if (event.pointerType !== 'mouse') return;
    hoverTerm(occurrence);
    cancelHoverOpen();
    if (open) return;
    hoverTimer = {
      key: occurrenceKey,
      id: setTimeout(() => {
        hoverTimer = null;
        openTerm(occurrence, 'hover');
      }, HOVER_OPEN_DELAY_MS),
    };
  };
  const handlePointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    hoverTerm(null);
    if (hoverTimer?.key === occurrenceKey) cancelHoverOpen();
  };
  const handleFocus = () => {
    preload();
    hoverTerm(occurrence);
  };
  // A click on a mark opened by hover or focus keeps it open; on one opened by a click, closes it.
  const handleClick = () => {
    cancelHoverOpen();
    const current = useTermStore.getState().open;
    if (current?.key === occurrenceKey && current.via === 'press') closeTerm(occurrenceKey);
    else openTerm(occurrence, 'press');
  };

  return (
    <>
      {/* A span, not a <button>: a button is an inline block and cannot wrap inside a long
          term, which left ragged lines. role, tabIndex and the key handler (Enter, Space)
          make it a button to assistive technology and the keyboard. */}
      <span
        ref={setAnchor}
        role="button"
        tabIndex={0}
        className="term"
        data-term={term.id}
        data-occurrence={occurrenceKey}
        data-paired={paired || undefined}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        onPointerEnter={handlePointerEnter}
        onPointerLeave={handlePointerLeave}
        onFocus={handleFocus}
        onBlur={() => hoverTerm(null)}
        onClick={handleClick}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          openTerm(occurrence, 'press');
        }}
      >
        {children}
      </span>
      {term.footnote !== null && (
        // The number is drawn by CSS from data-footnote so that copied text stays verbatim.
        <sup className="term-footnote" data-footnote={term.footnote} aria-hidden="true" />
      )}
      {openedBy && (
        <LazyTermPopover
          open={{ ...occurrence, via: openedBy }}
          term={term}
          id={popoverId}
          anchor={anchor}
          getActiveLine={getActiveLine}
        />
      )}
    </>
  );
}
