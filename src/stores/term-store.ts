/**
 * Which term occurrence is open (its popover shown) and which is highlighted (hovered, focused
 * or open), so that its counterpart in the other language of the same passage lights up too.
 * One popover at a time. Values are set only when they change.
 */
import { create } from 'zustand';

export interface TermOccurrenceRef {
  termId: string;
  passageIndex: number;
  /** Unique per mark: passage, language and offset. */
  key: string;
}

/** How a popover was opened: one opened by hover closes when the pointer leaves it. */
export type OpenedBy = 'hover' | 'press';

export interface OpenTerm extends TermOccurrenceRef {
  via: OpenedBy;
}

interface TermState {
  open: OpenTerm | null;
  hovered: TermOccurrenceRef | null;
}

export const useTermStore = create<TermState>()(() => ({ open: null, hovered: null }));

const same = (a: TermOccurrenceRef | null, b: TermOccurrenceRef | null) => a?.key === b?.key;

export function openTerm(occurrence: TermOccurrenceRef, via: OpenedBy = 'press') {
  const open = useTermStore.getState().open;
  if (!same(open, occurrence) || open?.via !== via)
    useTermStore.setState({ open: { ...occurrence, via } });
}

export function closeTerm(key: string) {
  if (useTermStore.getState().open?.key === key) useTermStore.setState({ open: null });
}

export function hoverTerm(occurrence: TermOccurrenceRef | null) {
  if (!same(useTermStore.getState().hovered, occurrence))
    useTermStore.setState({ hovered: occurrence });
}

/** The term lit in a passage: the hovered one wins over the open one. */
export function selectHighlightedTerm(passageIndex: number) {
  return (state: TermState) => {
    const lit = state.hovered ?? state.open;
    return lit && lit.passageIndex === passageIndex ? lit.termId : null;
  };
}
