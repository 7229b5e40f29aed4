import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useT, useUiLanguage } from '@/i18n/ui-language';
import {
  DEVICE_LESSONS_KEY,
  deleteDeviceLesson,
  listDeviceLessons,
  type DeviceLesson,
} from '@/stores/device-lessons';
import { DownloadLessonFileButton } from '@/ui/download-lesson-file';
import { formatBytes } from '@/utils/bytes';
import { formatClock } from '@/utils/time';

function DeviceLessonCard({ record }: { record: DeviceLesson }) {
  const t = useT();
  const language = useUiLanguage((s) => s.language);
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const { lesson } = record.value;
  const title = lesson.title.en;
  const locale = language === 'zh' ? 'zh-CN' : 'en';
  const added = new Date(record.savedAt);

  const remove = async () => {
    try {
      await deleteDeviceLesson(lesson.id);
      queryClient.removeQueries({ queryKey: ['lessons', lesson.id], exact: true });
      await queryClient.invalidateQueries({ queryKey: DEVICE_LESSONS_KEY });
    } catch {
      setFailed(true);
    }
  };

  return (
    <li className="lesson-card">
      <h3 lang="en">
        <Link href={`/lessons/${lesson.id}`}>{title}</Link>
      </h3>
      <p className="lesson-card-meta">
        {t('library.length')} <time>{formatClock(lesson.duration)}</time> · {t('device.added')}{' '}
        <time dateTime={record.savedAt}>
          {added.toLocaleDateString(locale, { dateStyle: 'medium' })}
        </time>{' '}
        · {t('device.size')} {formatBytes(record.size, locale)}
      </p>
      {confirming ? (
        <div className="device-confirm" role="group" aria-label={t('device.deleteOf', { title })}>
          <p>{t('device.confirmDelete', { title })}</p>
          <button type="button" className="button device-delete" onClick={remove}>
            {t('device.delete')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('device.keep')}
          </button>
        </div>
      ) : (
        <div className="device-actions">
          <DownloadLessonFileButton lesson={lesson} />
          <button
            type="button"
            className="button"
            aria-label={t('device.deleteOf', { title })}
            onClick={() => setConfirming(true)}
          >
            {t('device.delete')}
          </button>
        </div>
      )}
      {failed && <p role="alert">{t('device.deleteFailed')}</p>}
    </li>
  );
}

/** "On this device": the lessons made with Add a lesson, newest first; nothing when none. */
export function DeviceLessonsSection() {
  const t = useT();
  const { data, isError } = useQuery({ queryKey: DEVICE_LESSONS_KEY, queryFn: listDeviceLessons });
  if (isError) return <p role="alert">{t('device.readFailed')}</p>;
  if (!data || data.length === 0) return null;
  return (
    <section className="device-lessons" aria-labelledby="device-lessons-title">
      <h2 id="device-lessons-title">{t('device.title')}</h2>
      <p className="lesson-card-meta">{t('device.intro')}</p>
      <ul className="lesson-cards">
        {data.map((record) => (
          <DeviceLessonCard key={record.key} record={record} />
        ))}
      </ul>
    </section>
  );
}
