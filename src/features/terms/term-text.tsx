import type { ReactNode } from 'react';
import type { Term } from '@/features/lesson/lesson-schema';
import { selectHighlightedTerm, useTermStore } from '@/stores/term-store';
import type { TermLanguage, TermMatch } from './term-matcher';
import { TermMark } from './term-mark';

interface TermTextProps {
  text: string;
  matches: readonly TermMatch[];
  terms: ReadonlyMap<string, Term>;
  passageIndex: number;
  language: TermLanguage;
}

/**
 * A passage's text with its term occurrences as marks, all as React text nodes. It re-renders
 * only when the lit term of its own passage changes (pairing across the two languages).
 */
export function TermText({ text, matches, terms, passageIndex, language }: TermTextProps) {
  const lit = useTermStore(selectHighlightedTerm(passageIndex));
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const match of matches) {
    const term = terms.get(match.termId);
    if (!term) continue;
    if (match.start > cursor) parts.push(text.slice(cursor, match.start));
    const key = `${passageIndex}-${language}-${match.start}`;
    parts.push(
      <TermMark
        key={key}
        occurrenceKey={key}
        term={term}
        text={text.slice(match.start, match.end)}
        passageIndex={passageIndex}
        paired={lit === term.id}
      />,
    );
    cursor = match.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
