import type { Lesson } from './lesson-schema';

/** The lesson's facts and synopsis in both languages, as the source publishes them. */
export function LessonDetails({ lesson }: { lesson: Lesson }) {
  const published = new Date(`${lesson.published}T00:00:00Z`).toLocaleDateString('en', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <section className="lesson-details" aria-labelledby="lesson-details-heading">
      <h2 id="lesson-details-heading">About this lesson</h2>
      <dl>
        <dt>Speaker</dt>
        <dd>
          {lesson.speaker.en} <span lang="zh-Hans">（{lesson.speaker.zh}）</span>
        </dd>
        <dt>Published</dt>
        <dd>
          {lesson.publisher.en} <span lang="zh-Hans">（{lesson.publisher.zh}）</span>,{' '}
          <time dateTime={lesson.published}>{published}</time>
        </dd>
      </dl>
      <p lang="en">{lesson.synopsis.en}</p>
      <p lang="zh-Hans">{lesson.synopsis.zh}</p>
    </section>
  );
}
