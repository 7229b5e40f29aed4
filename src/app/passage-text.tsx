import { Fragment, type ReactNode, useEffect, useRef } from 'react';
import type { Term } from '@/features/lesson/lesson-schema';
import { useActiveSearchHit, useSearchHits } from '@/features/search/search-store';
import type { TermMatch } from '@/features/terms/term-matcher';
import { TermMark } from '@/features/terms/term-mark';
import { selectHighlightedTerm, useTermStore } from '@/stores/term-store';
import { type Span, splitBySpans } from '@/utils/segments';

interface PassageTextProps {
  text: string;
  passageIndex: number;
  language: 'en' | 'zh';
  termMatches: readonly TermMatch[];
  terms: ReadonlyMap<string, Term>;
}

/**
 * A passage's text as the reader sees it, where the features meet: key terms as marks that
 * open their definitions, search matches as <mark>. Everything is a React text node.
 * It re-renders only for its own passage: the lit term or the search hits changing there.
 */
export function PassageText({
  text,
  passageIndex,
  language,
  termMatches,
  terms,
}: PassageTextProps) {
  const lit = useTermStore(selectHighlightedTerm(passageIndex));
  const allHits = useSearchHits(passageIndex);
  const activeHit = useActiveSearchHit(passageIndex);
  const hits: Span<boolean>[] = allHits
    .filter((hit) => hit.language === language)
    .map((hit) => ({ start: hit.start, end: hit.end, value: hit === activeHit }));
  const termSpans: Span<TermMatch>[] = termMatches.map((m) => ({ ...m, value: m }));
  const activeRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (activeHit?.language === language && activeRef.current) revealInPanel(activeRef.current);
  }, [activeHit, language]);

  const marked = (from: number, to: number): ReactNode[] =>
    splitBySpans(from, to, hits).map((piece) => {
      const slice = text.slice(piece.start, piece.end);
      if (piece.value === undefined) return slice;
      return (
        <mark
          key={piece.start}
          ref={piece.value ? activeRef : undefined}
          data-active={piece.value || undefined}
        >
          {slice}
        </mark>
      );
    });

  return splitBySpans(0, text.length, termSpans).map((piece) => {
    const term = piece.value && terms.get(piece.value.termId);
    if (!term) return <Fragment key={piece.start}>{marked(piece.start, piece.end)}</Fragment>;
    const key = `${passageIndex}-${language}-${piece.start}`;
    return (
      <TermMark
        key={key}
        occurrenceKey={key}
        term={term}
        passageIndex={passageIndex}
        paired={lit === term.id}
      >
        {marked(piece.start, piece.end)}
      </TermMark>
    );
  });
}

/** Scrolls the transcript panel (never the page) so the current search match is in view. */
function revealInPanel(element: HTMLElement) {
  const panel = element.closest<HTMLElement>('.transcript-scroll');
  if (!panel) return;
  const box = element.getBoundingClientRect();
  const view = panel.getBoundingClientRect();
  if (box.top >= view.top && box.bottom <= view.bottom) return;
  panel.scrollTo({ top: panel.scrollTop + box.top - view.top - panel.clientHeight / 3 });
}
