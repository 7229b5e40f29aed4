import { useT, useUiLanguage } from '@/i18n/ui-language';
import type { Lesson } from '@/domain/lesson-schema';
import './lesson.css';

const formatters = new Map<string, Intl.DateTimeFormat>();
/** One formatter per locale for the page's lifetime: making one is the costly part. */
function formatDate(isoDate: string, locale: string) {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The lesson's facts and synopsis in both languages, as the source publishes them. */
export function LessonDetails({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const locale = useUiLanguage((s) => (s.language === 'zh' ? 'zh-Hans' : 'en'));
  const published = formatDate(lesson.published, locale);
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
