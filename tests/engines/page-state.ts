/**
 * What a viewer of the lesson page could see, read in one call from inside the page. Runs in
 * the browser: no imports, no named inner functions (see engine.ts).
 */
export interface PageState {
  passages: number;
  /** Index of the passage marked current (aria-current), or -1. */
  current: number;
  /** Accessible name of the current passage's time button ("Play from 04:31"). */
  currentTime: string | null;
  video: { time: number; paused: boolean; readyState: number } | null;
  /** Text shown in the video's caption area. */
  caption: string;
  /** Languages shown in the first passage. */
  firstPassage: { zh: boolean; en: boolean };
  /** The pressed button of the "Transcript language" group. */
  language: string | null;
  /** An open dialog's accessible name (its heading) and text. */
  dialog: { name: string; text: string } | null;
  /** The text of each alert on the page. */
  alerts: string[];
}

export function readPageState(): PageState {
  const region = [...document.querySelectorAll('section[aria-labelledby]')].find(
    (section) =>
      document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent ===
      'Transcript',
  );
  const rows = region ? [...region.querySelectorAll('li')] : [];
  const current = rows.findIndex((row) => row.getAttribute('aria-current') === 'true');
  const media = document.querySelector('video');
  const dialog = document.querySelector('[role="dialog"]');
  const dialogName = dialog
    ? (document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ??
      dialog.getAttribute('aria-label') ??
      '')
    : '';
  return {
    passages: rows.length,
    current,
    currentTime:
      rows[current]?.querySelector('button[aria-label^="Play from"]')?.getAttribute('aria-label') ??
      null,
    video: media
      ? { time: media.currentTime, paused: media.paused, readyState: media.readyState }
      : null,
    caption: document.querySelector('.vjs-text-track-display')?.textContent?.trim() ?? '',
    firstPassage: {
      zh: !!rows[0]?.querySelector('[lang="zh-Hans"]'),
      en: !!rows[0]?.querySelector('[lang="en"]'),
    },
    language:
      document
        .querySelector('[role="group"][aria-label="Transcript language"] [aria-pressed="true"]')
        ?.textContent?.trim() ?? null,
    dialog: dialog ? { name: dialogName.trim(), text: dialog.textContent ?? '' } : null,
    alerts: [...document.querySelectorAll('[role="alert"]')].map(
      (alert) => alert.textContent ?? '',
    ),
  };
}
