import { lessonFileName, lessonFileText } from '@/domain/lesson-file';
import type { Lesson } from '@/domain/lesson-schema';
import { useT } from '@/i18n/ui-language';
import { downloadText } from '@/utils/download';

/**
 * "Download lesson file": the lesson (transcript, timings, glossary; not the video) as the one
 * file "Add a lesson" accepts. In the library's On this device and in a device lesson's Export.
 */
export function DownloadLessonFileButton({ lesson }: { lesson: Lesson }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        downloadText(lessonFileName(lesson), lessonFileText(lesson), 'application/json')
      }
    >
      {t('device.download')}
    </button>
  );
}
