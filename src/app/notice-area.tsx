import { useT } from '@/i18n/ui-language';
import { dismissNotice, useNoticeStore } from '@/stores/notice-store';
import './notice-area.css';

/** The one place page notices appear; a polite status so screen readers hear them once. */
export function NoticeArea() {
  const notice = useNoticeStore((s) => s.notice);
  const t = useT();
  return (
    <div className="notice-area" role="status">
      {notice && (
        <p className={`toast toast-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" className="toast-close" onClick={() => dismissNotice()}>
            {t('notice.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
