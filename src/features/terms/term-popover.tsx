import type { Term } from '@/features/lesson/lesson-schema';

/** The popover's content: the term in both languages, its footnote, definition and sources. */
export function TermPopoverContent({ term, headingId }: { term: Term; headingId: string }) {
  return (
    <>
      <p className="term-popover-kind">
        {term.footnote ? `Footnote ${term.footnote}` : 'Key term'}
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
        <p className="term-popover-definition">
          The source highlights this as a key term; it has no footnote.
        </p>
      )}
      {term.citations.length > 0 && (
        <ul className="term-popover-citations" aria-label="Sources">
          {term.citations.map((citation) => (
            <li key={citation} lang="en">
              See {citation}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
