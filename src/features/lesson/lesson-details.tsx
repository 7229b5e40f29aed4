import { useT, useUiLanguage } from '@/i18n/ui-language';
import type { Lesson } from './lesson-schema';

/** The lesson's facts and synopsis in both languages, as the source publishes them. */
export function LessonDetails({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const locale = useUiLanguage((s) => (s.language === 'zh' ? 'zh-Hans' : 'en'));
  const published = new Date(`${lesson.published}T00:00:00Z`).toLocaleDateString(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <section className="lesson-details" aria-labelledby="lesson-details-heading">
      <h2 id="lesson-details-heading">{t('details.title')}</h2>
      <dl>
        <dt>{t('details.speaker')}</dt>
        <dd>
          <span lang="en">{lesson.speaker.en}</span>{' '}
          <span lang="zh-Hans">（{lesson.speaker.zh}）</span>
        </dd>
        <dt>{t('details.published')}</dt>
        <dd>
          <span lang="en">{lesson.publisher.en}</span>{' '}
          <span lang="zh-Hans">（{lesson.publisher.zh}）</span>,{' '}
          <time dateTime={lesson.published}>{published}</time>
        </dd>
      </dl>
      <p lang="en">{lesson.synopsis.en}</p>
      <p lang="zh-Hans">{lesson.synopsis.zh}</p>
    </section>
  );
}
