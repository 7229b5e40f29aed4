import { useT } from '@/i18n/ui-language';
import './lesson.css';

/** Shown while the lesson loads: the page's shape, so nothing jumps when it arrives. */
export function LessonSkeleton() {
  const t = useT();
  return (
    <div className="lesson-layout" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('lesson.loading')}
      </p>
      <div className="player-column">
        <div className="skeleton skeleton-video" />
        <div className="skeleton skeleton-line" />
      </div>
      <div className="transcript">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="skeleton skeleton-passage" />
        ))}
      </div>
    </div>
  );
}
