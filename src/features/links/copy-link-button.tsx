import { getCurrentTime } from '@/stores/playback-store';
import { showNotice } from '@/stores/notice-store';
import { copyText } from '@/utils/clipboard';
import { buildPassageLink, buildTimeLink } from '@/utils/time-link';
import { formatClock } from '@/utils/time';

async function copyLink(link: string, what: string) {
  if (await copyText(link)) showNotice(`Link to ${what} copied.`);
  else showNotice(`Copying was not allowed here. The link is: ${link}`, 'warning');
}

/** "Copy link at current time": a `?t=4m31s` link to this moment. */
export function CopyTimeLinkButton() {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        const time = getCurrentTime();
        void copyLink(buildTimeLink(window.location.href, time), formatClock(time));
      }}
    >
      Copy link at current time
    </button>
  );
}

/** "Copy link to passage MM:SS": a `#t=start,end` link that plays just that passage. */
export function CopyPassageLinkButton({ start, end }: { start: number; end: number }) {
  const time = formatClock(start);
  return (
    <button
      type="button"
      className="row-action"
      aria-label={`Copy link to passage ${time}`}
      onClick={() =>
        void copyLink(buildPassageLink(window.location.href, start, end), `passage ${time}`)
      }
    >
      Copy link
    </button>
  );
}
