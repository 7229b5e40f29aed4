import './export-panel.css';
import { lessonFileName } from '@/domain/lesson-file';
import type { Lesson } from '@/domain/lesson-schema';
import { useQuery } from '@tanstack/react-query';
import { useT } from '@/i18n/ui-language';
import { DEVICE_LESSONS_KEY, listDeviceLessons } from '@/stores/device-lessons';
import { DownloadLessonFileButton } from '@/ui/download-lesson-file';
import { downloadText } from '@/utils/download';
import { EXPORT_FORMATS, exportFileName } from './transcript-export';
import { SidePanel } from '@/ui/side-panel';

interface ExportPanelProps {
  lesson: Lesson;
  onClose: () => void;
}

/** The transcript as caption files or a Markdown document, built when a button is pressed. */
export default function ExportPanel({ lesson, onClose }: ExportPanelProps) {
  const t = useT();
  // The library's list of device lessons, from the same query: a bundled lesson has no file.
  const { data: onDevice } = useQuery({
    queryKey: DEVICE_LESSONS_KEY,
    queryFn: listDeviceLessons,
    select: (records) => records.some((r) => r.key === lesson.id),
  });
  return (
    <SidePanel
      title={t('panel.export')}
      closeLabel={t('export.close')}
      onClose={onClose}
      className="export-panel"
    >
      <p>{t('export.intro')}</p>
      <ul className="export-list">
        {EXPORT_FORMATS.map((format) => {
          const filename = exportFileName(lesson, format);
          return (
            <li key={filename}>
              <button
                type="button"
                className="button"
                onClick={() => downloadText(filename, format.build(lesson), format.mime)}
              >
                {t(format.label)}
              </button>{' '}
              <code className="export-filename">{filename}</code>
            </li>
          );
        })}
      </ul>
      {onDevice && (
        <p className="export-lesson-file">
          <DownloadLessonFileButton lesson={lesson} />{' '}
          <code className="export-filename">{lessonFileName(lesson)}</code>
        </p>
      )}
    </SidePanel>
  );
}
