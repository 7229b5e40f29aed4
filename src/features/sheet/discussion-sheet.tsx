import { useId } from 'react';
import { createPortal } from 'react-dom';
import type { Lesson, Passage, Term } from '@/domain/lesson-schema';
import { getPassageTerms, TERM_LANGUAGES } from '@/domain/term-matcher';
import { useT } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import { buildPassageLink } from '@/utils/time-link';
import './sheet.css';

interface DiscussionSheetProps {
  lesson: Lesson;
  /** In any order; shown in the lesson's time order. Unknown ids are ignored. */
  passageIds: readonly string[];
  /** The teacher's notes by passage id, each note a paragraph. */
  notesByPassage?: ReadonlyMap<string, readonly string[]>;
  /** The lesson page's URL, the base of each passage link. */
  pageUrl: string;
}

/** The footnoted terms that occur in a passage (in either language), in footnote order. */
function footnotedTermsIn(lesson: Lesson, passageIndex: number): Term[] {
  const matches = getPassageTerms(lesson, passageIndex);
  const ids = new Set(TERM_LANGUAGES.flatMap((language) => matches[language].map((m) => m.termId)));
  return lesson.terms
    .filter((t) => ids.has(t.id) && t.footnote !== null && t.definition)
    .sort((a, b) => a.footnote! - b.footnote!);
}

/**
 * The printable handout. Rendered into document.body beside #root rather than inside it, so
 * print CSS can hide the whole app (including other portals) and show only this; on screen
 * it is `display: none` (sheet.css), hence absent from the accessibility tree too.
 */
export function DiscussionSheet({
  lesson,
  passageIds,
  notesByPassage,
  pageUrl,
}: DiscussionSheetProps) {
  const titleId = useId();
  const t = useT();
  const chosen = new Set(passageIds);
  const passages = lesson.passages
    .map((passage, index) => ({ passage, index }))
    .filter(({ passage }) => chosen.has(passage.id));
  const { series, title } = lesson;

  return createPortal(
    <div className="print-sheet">
      <article aria-labelledby={titleId}>
        <header className="print-sheet-header">
          <p className="print-sheet-series">
            <span lang="en">{series.title.en}</span> · <span lang="zh-Hans">{series.title.zh}</span>{' '}
            · {t('lesson.seriesNumber', { number: series.number, total: series.total })}
          </p>
          <h1 id={titleId} lang="en">
            {title.en}
          </h1>
          <p className="print-sheet-title-zh" lang="zh-Hans">
            {title.zh}
          </p>
        </header>
        {passages.length === 0 && <p>{t('sheet.noPassages')}</p>}
        {passages.map(({ passage, index }) => (
          <SheetPassage
            key={passage.id}
            passage={passage}
            link={buildPassageLink(pageUrl, passage.start, passage.end)}
            terms={footnotedTermsIn(lesson, index)}
            notes={notesByPassage?.get(passage.id) ?? []}
          />
        ))}
      </article>
    </div>,
    document.body,
  );
}

interface SheetPassageProps {
  passage: Passage;
  link: string;
  terms: readonly Term[];
  notes: readonly string[];
}

function SheetPassage({ passage, link, terms, notes }: SheetPassageProps) {
  const headingId = useId();
  const t = useT();
  const written = notes.filter((note) => note.trim() !== '');
  return (
    <section className="print-sheet-passage" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {formatClock(passage.start)}–{formatClock(passage.end)}
      </h2>
      <p className="print-sheet-link">
        <a href={link}>{link}</a>
      </p>
      <p className="print-sheet-zh" lang="zh-Hans">
        {passage.zh}
      </p>
      <p lang="en">{passage.en}</p>
      {terms.length > 0 && (
        <dl className="print-sheet-terms">
          {terms.map((term) => (
            <div key={term.id}>
              <dt>
                <sup>{term.footnote}</sup> <span lang="en">{term.en}</span>{' '}
                <span lang="zh-Hans">{term.zh}</span>
              </dt>
              <dd lang="en">
                {term.definition}
                {term.citations.length > 0 && (
                  <span className="print-sheet-citation"> — {term.citations.join('; ')}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {written.length > 0 && (
        <div className="print-sheet-notes">
          <h3>{t('sheet.teacherNotes')}</h3>
          {written.map((note, i) => (
            <p key={i}>{note}</p>
          ))}
        </div>
      )}
    </section>
  );
}
