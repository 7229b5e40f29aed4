import type { Term } from '@/features/lesson/lesson-schema';
import { useT } from '@/i18n/ui-language';

/** The popover's content: the term in both languages, its footnote, definition and sources. */
export function TermPopoverContent({ term, headingId }: { term: Term; headingId: string }) {
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
