import { HTML_LANG as LANG, useT, useUiLanguage } from '@/i18n/ui-language';
import type { Lesson } from '@/domain/lesson-schema';
import './lesson.css';

/** Both languages, the interface's first: the order the lesson's own texts are shown in. */
export const inOrder = (first: 'en' | 'zh') =>
  first === 'zh' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);

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

type Pair = { en: string; zh: string };

/** Both forms of a name, the interface's language first and the other in brackets. */
function Both({ text, first }: { text: Pair; first: 'en' | 'zh' }) {
  const second = first === 'en' ? 'zh' : 'en';
  // The brackets belong to the text around them, the first language's.
  const [open, close] = first === 'zh' ? ['（', '）'] : [' (', ')'];
  return (
    <>
      <span lang={LANG[first]}>{text[first]}</span>
      {open}
      <span lang={LANG[second]}>{text[second]}</span>
      {close}
    </>
  );
}

/** The series and the lesson's place in it, in the interface's language. */
export function SeriesLine({ lesson, className }: { lesson: Lesson; className: string }) {
  const t = useT();
  const first = useUiLanguage((s) => s.language);
  return (
    <p className={className}>
      <span lang={LANG[first]}>{lesson.series.title[first]}</span>
      {' · '}
      {t('lesson.seriesNumber', { number: lesson.series.number, total: lesson.series.total })}
    </p>
  );
}

/**
 * The lesson's facts and synopsis in both languages, as the source publishes them, the
 * interface's language first: below the video on a wide screen (LessonDetails), in the About
 * panel on a phone.
 */
export function LessonFacts({ lesson }: { lesson: Lesson }) {
  const t = useT();
  const first = useUiLanguage((s) => s.language);
  const published = formatDate(lesson.published, LANG[first]);
  return (
    <>
      <dl className="lesson-facts">
        <dt>{t('details.speaker')}</dt>
        <dd>
          <Both text={lesson.speaker} first={first} />
        </dd>
        <dt>{t('details.published')}</dt>
        <dd>
          <Both text={lesson.publisher} first={first} />
          {first === 'zh' ? '，' : ', '}
          <time dateTime={lesson.published}>{published}</time>
        </dd>
      </dl>
      {lesson.missingLanguage && (
        <p>{t('lesson.missingLanguage', { language: t(`language.${lesson.missingLanguage}`) })}</p>
      )}
      {inOrder(first).map((language) => (
        <p key={language} lang={LANG[language]}>
          {lesson.synopsis[language]}
        </p>
      ))}
    </>
  );
}

/** The lesson's facts under their heading, below the video on a wide screen. */
export function LessonDetails({ lesson }: { lesson: Lesson }) {
  const t = useT();
  return (
    <section className="lesson-details" aria-labelledby="lesson-details-heading">
      <h2 id="lesson-details-heading">{t('details.title')}</h2>
      <LessonFacts lesson={lesson} />
    </section>
  );
}
