import { translate, useT } from '@/i18n/ui-language';
import { getCurrentTime } from '@/stores/playback-store';
import { showNotice } from '@/stores/notice-store';
import { copyText } from '@/utils/clipboard';
import { buildPassageLink, buildTimeLink } from '@/utils/time-link';
import { formatClock } from '@/utils/time';
import './copy-link-button.css';

async function copyLink(link: string, copied: string) {
  if (await copyText(link)) showNotice(copied);
  else showNotice(translate('link.copyRefused', { link }), 'warning');
}

/** "Copy link at current time": a `?t=4m31s` link to this moment. */
export function CopyTimeLinkButton() {
  const t = useT();
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        const time = getCurrentTime();
        void copyLink(
          buildTimeLink(window.location.href, time),
          t('link.copiedTime', { time: formatClock(time) }),
        );
      }}
    >
      {t('link.copyTime')}
    </button>
  );
}

/**
 * A passage's links: "Copy link" to its start (`#t=03:23`, playing on from there), and, as an
 * explicit choice, "Copy link to this passage only" (`#t=03:23,03:35`, which stops at its end).
 */
export function CopyPassageLinkButtons({ start, end }: { start: number; end: number }) {
  const time = formatClock(start);
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="row-action"
        aria-label={t('link.copyPassageLabel', { time })}
        onClick={() =>
          void copyLink(
            buildPassageLink(window.location.href, start),
            t('link.copiedPassage', { time }),
          )
        }
      >
        {t('link.copyPassage')}
      </button>
      <button
        type="button"
        className="row-action"
        aria-label={t('link.copyRangeLabel', { time })}
        onClick={() =>
          void copyLink(
            buildPassageLink(window.location.href, start, end),
            t('link.copiedRange', { time }),
          )
        }
      >
        {t('link.copyRange')}
      </button>
    </>
  );
}
