import { useDeferredValue, useState } from 'react';
import type { Lesson, Term } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { seekToPassage } from '@/stores/playback-store';
import { formatClock } from '@/utils/time';
import { getTermIndex, type TermOccurrence } from '@/domain/term-matcher';
import { SidePanel } from '@/ui/side-panel';
import './glossary-panel.css';

/** Footnoted terms first, in footnote order; then the key terms as the lesson lists them. */
export function glossaryOrder(terms: readonly Term[]): Term[] {
  const footnoted = terms
    .filter((t) => t.footnote !== null)
    .sort((a, b) => a.footnote! - b.footnote!);
  return [...footnoted, ...terms.filter((t) => t.footnote === null)];
}

/** One chip per passage and language: two occurrences in one passage seek to the same place. */
function groupByPassage(occurrences: readonly TermOccurrence[]) {
  const groups: { passageIndex: number; language: TermOccurrence['language']; count: number }[] =
    [];
  for (const { passageIndex, language } of occurrences) {
    const last = groups.at(-1);
    if (last && last.passageIndex === passageIndex && last.language === language) last.count++;
    else groups.push({ passageIndex, language, count: 1 });
  }
  return groups;
}

function matchesFilter(term: Term, filter: string) {
  if (!filter) return true;
  const needle = filter.toLocaleLowerCase();
  return [term.en, term.zh, ...term.aliases.en, ...term.aliases.zh, term.definition ?? ''].some(
    (form) => form.toLocaleLowerCase().includes(needle),
  );
}

interface GlossaryPanelProps {
  lesson: Lesson;
  onClose: () => void;
}

/** Every term with both forms, its definition, and where it occurs, each a seek. */
export default function GlossaryPanel({ lesson, onClose }: GlossaryPanelProps) {
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter.trim());
  const t = useT();
  const index = getTermIndex(lesson);
  const shown = glossaryOrder(lesson.terms).filter((t) => matchesFilter(t, deferred));

  return (
    <SidePanel
      title={t('panel.glossary')}
      closeLabel={t('glossary.close')}
      onClose={onClose}
      className="glossary"
    >
      <input
        type="search"
        className="filter-box"
        aria-label={t('glossary.filter')}
        placeholder={t('glossary.filter')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <p className="glossary-count" aria-live="polite">
        {t('glossary.count', { shown: shown.length, total: lesson.terms.length })}
      </p>
      <ul className="glossary-list">
        {shown.map((term) => (
          <GlossaryEntry
            key={term.id}
            term={term}
            lesson={lesson}
            occurrences={index.terms.get(term.id)?.occurrences ?? []}
          />
        ))}
      </ul>
    </SidePanel>
  );
}

interface GlossaryEntryProps {
  term: Term;
  lesson: Lesson;
  occurrences: readonly TermOccurrence[];
}

function GlossaryEntry({ term, lesson, occurrences }: GlossaryEntryProps) {
  const t = useT();
  return (
    <li className="glossary-entry">
      <h3>
        <span lang="en">{term.en}</span> <span lang="zh-Hans">{term.zh}</span>
        {term.footnote !== null && <sup>{term.footnote}</sup>}
      </h3>
      {term.definition && <p lang="en">{term.definition}</p>}
      {term.citations.map((citation) => (
        <p key={citation} className="glossary-citation">
          {t('term.see')} <span lang="en">{citation}</span>
        </p>
      ))}
      <p className="glossary-occurrences-label">
        {t(occurrences.length === 1 ? 'glossary.occurrencesOne' : 'glossary.occurrencesOther', {
          count: occurrences.length,
        })}
      </p>
      <ul className="glossary-occurrences">
        {groupByPassage(occurrences).map(({ passageIndex, language, count }) => {
          const passage = lesson.passages[passageIndex]!;
          const time = formatClock(passage.start);
          return (
            <li key={`${passageIndex}-${language}`}>
              <button type="button" className="chip" onClick={() => seekToPassage(passage.start)}>
                <span className="visually-hidden">
                  {count > 1
                    ? t('glossary.goToTimes', { time, language: t(`language.${language}`), count })
                    : t('glossary.goTo', { time, language: t(`language.${language}`) })}
                </span>
                <span aria-hidden="true">
                  {time} {language === 'en' ? 'EN' : '中'}
                  {count > 1 && ` ×${count}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
