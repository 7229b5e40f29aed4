import { lazy, Suspense, useEffect } from 'react';
import type { Term } from '@/domain/lesson-schema';
import { closeTerm, type OpenTerm } from '@/stores/term-store';

/** One popover at a time, so one id: the open mark's aria-controls points at it. */
export const TERM_POPOVER_ID = 'term-popover';
/** The popover, the portal it is drawn in and the focus guards that lead into it. */
export const POPOVER_AREA = `#${TERM_POPOVER_ID}, [data-floating-ui-portal], [data-floating-ui-focus-guard]`;

/**
 * Closing a popover returns focus to its mark, and that focus must not open it again: the mark
 * skips the one focus that follows a dismissal (it comes in a microtask, before this clears).
 */
let returningTo: string | null = null;
export function dismissTerm(key: string) {
  returningTo = key;
  setTimeout(() => {
    if (returningTo === key) returningTo = null;
  });
  closeTerm(key);
}
export function isReturningFocus(key: string) {
  if (returningTo !== key) return false;
  returningTo = null;
  return true;
}

/**
 * The popover and its positioning library (floating-ui, about 20 kB gzip) load on the first
 * approach to any term, pointer or focus, not with the page: by the time the hover delay has
 * run or the click lands, they are there.
 */
let popoverModule: Promise<typeof import('./term-popover')> | null = null;
export const loadTermPopover = () => {
  popoverModule ??= import('./term-popover').catch((error: unknown) => {
    popoverModule = null;
    throw error;
  });
  return popoverModule;
};

/** Stands in when the chunk could not be loaded (offline): the mark closes again. */
function Unavailable({ termKey }: { termKey: string }) {
  useEffect(() => closeTerm(termKey), [termKey]);
  return null;
}

const TermPopover = lazy(() =>
  loadTermPopover().then(
    (m) => ({ default: m.TermPopover }),
    () => ({
      default: ({ open }: { open: { key: string } }) => <Unavailable termKey={open.key} />,
    }),
  ),
);

/** The open mark's popover, drawn once its chunk is there. */
export function LazyTermPopover({ open, term }: { open: OpenTerm; term: Term }) {
  return (
    <Suspense fallback={null}>
      <TermPopover open={open} term={term} />
    </Suspense>
  );
}
