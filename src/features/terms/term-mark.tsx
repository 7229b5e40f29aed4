import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  safePolygon,
  shift,
  useClick,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
  useRole,
} from '@floating-ui/react';
import { type ReactNode, useId } from 'react';
import type { Term } from '@/features/lesson/lesson-schema';
import { closeTerm, hoverTerm, openTerm, useTermStore } from '@/stores/term-store';
import { avoidActiveLine } from './avoid-active-line';
import { TermPopoverContent } from './term-popover';

/** Hover intent: long enough that sweeping the pointer across a passage opens nothing. */
const HOVER_OPEN_DELAY_MS = 350;
const GAP = 6;

const activeLine = () =>
  document.querySelector('[data-current="true"]') ??
  document.querySelector('li[aria-current="true"]');

interface TermMarkProps {
  term: Term;
  /** The term as written (its accessible name), possibly with search marks inside. */
  children: ReactNode;
  passageIndex: number;
  occurrenceKey: string;
  paired: boolean;
}

/**
 * One occurrence of a term: a button named by the text as written that opens a non-modal
 * dialog with the definition, on hover after a delay, and at once on click, tap, Enter or focus.
 */
export function TermMark({ term, children, passageIndex, occurrenceKey, paired }: TermMarkProps) {
  const open = useTermStore((s) => s.open?.key === occurrenceKey);
  const headingId = useId();
  const occurrence = { termId: term.id, passageIndex, key: occurrenceKey };

  const {
    refs: { setReference, setFloating },
    floatingStyles,
    context,
  } = useFloating({
    open,
    onOpenChange: (next) => (next ? openTerm(occurrence) : closeTerm(occurrenceKey)),
    placement: 'bottom-start',
    middleware: [
      offset(GAP),
      avoidActiveLine(activeLine, GAP),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
    ],
    whileElementsMounted: autoUpdate,
  });
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useHover(context, {
      delay: { open: HOVER_OPEN_DELAY_MS, close: 120 },
      handleClose: safePolygon(),
      mouseOnly: true,
    }),
    useFocus(context, { visibleOnly: true }),
    // Focus has already opened it, so Enter and Space open (never toggle shut): see onKeyDown.
    useClick(context, { keyboardHandlers: false }),
    useDismiss(context),
    useRole(context, { role: 'dialog' }),
  ]);

  return (
    <>
      {/* A span, not a <button>: a button is an inline block and cannot wrap inside a long
          term, which left ragged lines. role, tabIndex and useClick's keyboard handling
          (Enter, Space) make it a button to assistive technology and the keyboard. */}
      <span
        ref={setReference}
        role="button"
        tabIndex={0}
        className="term"
        data-term={term.id}
        data-paired={paired || undefined}
        {...getReferenceProps({
          onMouseEnter: () => hoverTerm(occurrence),
          onMouseLeave: () => hoverTerm(null),
          onFocus: () => hoverTerm(occurrence),
          onBlur: () => hoverTerm(null),
          onKeyDown: (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            openTerm(occurrence);
          },
        })}
      >
        {children}
      </span>
      {term.footnote !== null && (
        // The number is drawn by CSS from data-footnote so that copied text stays verbatim.
        <sup className="term-footnote" data-footnote={term.footnote} aria-hidden="true" />
      )}
      {open && (
        <FloatingPortal>
          <FloatingFocusManager context={context} modal={false} initialFocus={-1} returnFocus>
            <div
              ref={setFloating}
              className="term-popover"
              style={floatingStyles}
              aria-labelledby={headingId}
              {...getFloatingProps()}
            >
              <TermPopoverContent term={term} headingId={headingId} />
            </div>
          </FloatingFocusManager>
        </FloatingPortal>
      )}
    </>
  );
}
