import type { Lesson } from '@/domain/lesson-schema';
import { HTML_LANG, useT, useUiLanguage } from '@/i18n/ui-language';
import { SidePanel } from '@/ui/side-panel';
import { inOrder, LessonFacts, SeriesLine } from './lesson-details';

interface AboutPanelProps {
  lesson: Lesson;
  onClose: () => void;
}

/**
 * What a phone's one-line heading leaves out: the series, the whole title in both languages,
 * the speaker, publisher and synopsis. A wide screen shows all of it beside the video.
 */
export default function AboutPanel({ lesson, onClose }: AboutPanelProps) {
  const t = useT();
  const first = useUiLanguage((s) => s.language);
  return (
    <SidePanel
      title={t('details.title')}
      closeLabel={t('details.close')}
      onClose={onClose}
      className="about-panel"
    >
      <SeriesLine lesson={lesson} className="about-series" />
      {inOrder(first).map((language) => (
        <p key={language} lang={HTML_LANG[language]} className="about-title">
          {lesson.title[language]}
        </p>
      ))}
      <LessonFacts lesson={lesson} />
    </SidePanel>
  );
}
