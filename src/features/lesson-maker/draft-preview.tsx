import { useT } from '@/i18n/ui-language';
import { formatClock } from '@/utils/time';
import type { Draft } from './lesson-draft';

/** The lesson as it will be saved: counts, and the first and last lines in both languages. */
export function DraftPreview({ draft }: { draft: Draft }) {
  const t = useT();
  const cell = (text: string, lang: string) =>
    text ? <td lang={lang}>{text}</td> : <td className="draft-none">{t('maker.noText')}</td>;
  return (
    <>
      <p>
        {t('maker.previewSummary', {
          passages: draft.passages,
          length: formatClock(draft.lesson.duration),
          terms: draft.terms,
        })}
      </p>
      {draft.cues && <p className="draft-note">{t('maker.grouping', draft.cues)}</p>}
      {draft.cues && draft.unpaired && draft.unpaired.zh + draft.unpaired.en > 0 && (
        <p className="draft-warning">
          {t('maker.unpaired', {
            zh: draft.unpaired.zh,
            en: draft.unpaired.en,
            zhCues: draft.cues.zh,
            enCues: draft.cues.en,
          })}
        </p>
      )}
      {draft.missing && (
        <p className="draft-note">
          {t('maker.missingLanguage', { language: t(`language.${draft.missing}`) })}
        </p>
      )}
      <table className="draft-lines">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('language.zh')}</th>
            <th scope="col">{t('language.en')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('maker.firstLine')}</th>
            {cell(draft.first.zh, 'zh-Hans')}
            {cell(draft.first.en, 'en')}
          </tr>
          <tr>
            <th scope="row">{t('maker.lastLine')}</th>
            {cell(draft.last.zh, 'zh-Hans')}
            {cell(draft.last.en, 'en')}
          </tr>
        </tbody>
      </table>
    </>
  );
}
