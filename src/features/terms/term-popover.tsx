import {
  FloatingFocusManager,
  FloatingPortal,
  safePolygon,
  useDismiss,
  useHover,
  useInteractions,
} from '@floating-ui/react';
import { useId } from 'react';
import type { Term } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { closeTerm, type OpenTerm } from '@/stores/term-store';
import { CARD_GAP, useFloatingCard } from '@/ui/use-floating-card';
import { avoidActiveLine } from './avoid-active-line';
import '@/ui/floating-card.css';
import './term-popover.css';

/**
 * The open term's popover: a non-modal dialog placed beside its mark, kept on screen and off the
 * line being spoken. Escape or a press outside closes it, and focus goes back to the mark; one
 * opened by hover also closes when the pointer leaves both, with a safe path into it.
 */
interface TermPopoverProps {
  open: OpenTerm;
  term: Term;
  /** The dialog's id, which its mark's aria-controls names. */
  id: string;
  /** The mark it belongs to. */
  anchor: HTMLElement | null;
  getActiveLine: () => Element | null;
}

export function TermPopover({
  open,
  term,
  id,
  anchor: reference,
  getActiveLine,
}: TermPopoverProps) {
  const headingId = useId();
  const t = useT();
  const {
    refs: { setFloating },
    floatingStyles,
    context,
    sheet,
  } = useFloatingCard({
    anchor: reference,
    onClose: () => closeTerm(open.key),
    prefer: avoidActiveLine(getActiveLine, CARD_GAP),
  });
  const { getFloatingProps } = useInteractions([
    useHover(context, {
      enabled: open.via === 'hover',
      delay: { open: 0, close: 120 },
      handleClose: safePolygon(),
    }),
    useDismiss(context),
  ]);
  if (!reference) return null;
  return (
    <FloatingPortal>
      <FloatingFocusManager context={context} modal={false} initialFocus={-1} returnFocus>
        <div
          ref={setFloating}
          id={id}
          role="dialog"
          className={
            sheet ? 'floating-card floating-sheet term-popover' : 'floating-card term-popover'
          }
          style={sheet ? undefined : floatingStyles}
          aria-labelledby={headingId}
          {...getFloatingProps()}
        >
          <TermPopoverContent term={term} headingId={headingId} />
          {sheet && (
            <button
              type="button"
              className="button term-sheet-close"
              onClick={() => closeTerm(open.key)}
            >
              {t('common.close')}
            </button>
          )}
        </div>
      </FloatingFocusManager>
    </FloatingPortal>
  );
}

/** The popover's content: the term in both languages, its footnote, definition and sources. */
function TermPopoverContent({ term, headingId }: { term: Term; headingId: string }) {
  const t = useT();
  return (
    <>
      <p className="term-popover-kind">
        {term.footnote ? t('term.footnote', { number: term.footnote }) : t('term.key')}
      </p>
      <h3 id={headingId} className="term-popover-title">
        <span lang="en">{term.en}</span>
        <span lang="zh-Hans">{term.zh}</span>
      </h3>
      {term.definition ? (
        <p lang="en" className="term-popover-definition">
          {term.definition}
        </p>
      ) : (
        <p className="term-popover-definition">{t('term.noFootnote')}</p>
      )}
      {term.citations.length > 0 && (
        <ul className="term-popover-citations" aria-label={t('term.sources')}>
          {term.citations.map((citation) => (
            <li key={citation}>
              {t('term.see')} <span lang="en">{citation}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
