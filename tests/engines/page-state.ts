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

export interface PinyinLayout {
  readings: number;
  /** Readings of neighbouring characters on one line with no space between them. */
  touching: number;
  /** Readings not centred over their own character (more than 1 px off). */
  misplaced: number;
  /** The smallest reading's font size, px. */
  smallest: number;
  /** Opening marks (“, 《 …) left at the end of a line, the character after them on the next. */
  stranded: number;
  /** Of those, the ones that open a key term. */
  strandedBeforeTerm: number;
}

/** How the pinyin over the transcript's Chinese is laid out (with pinyin on). */
export function readPinyinLayout(): PinyinLayout {
  const rts = [...document.querySelectorAll('.passage-zh rt')];
  let touching = 0;
  let misplaced = 0;
  let smallest = Infinity;
  for (let i = 0; i < rts.length; i++) {
    const rt = rts[i]!.getBoundingClientRect();
    smallest = Math.min(smallest, parseFloat(getComputedStyle(rts[i]!).fontSize));
    const base = rts[i]!.parentElement!.getBoundingClientRect();
    if (Math.abs(rt.left + rt.width / 2 - (base.left + base.width / 2)) > 1) misplaced++;
    const next = rts[i + 1]?.getBoundingClientRect();
    if (next && Math.abs(next.top - rt.top) < 1 && next.left - rt.right < 1) touching++;
  }
  const rubies = [...document.querySelectorAll('.passage-zh ruby')];
  let stranded = 0;
  let strandedBeforeTerm = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const parent = node.parentElement;
    if (!/[“‘《「（]$/.test(text) || !parent?.closest('.passage-zh') || parent.closest('rt'))
      continue;
    const mark = node;
    const after = rubies.find(
      (r) => mark.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const range = document.createRange();
    range.setStart(mark, text.length - 1);
    range.setEnd(mark, text.length);
    if (after && after.getBoundingClientRect().top > range.getBoundingClientRect().bottom - 2) {
      stranded++;
      if (after.closest('.term')) strandedBeforeTerm++;
    }
  }
  return { readings: rts.length, touching, misplaced, smallest, stranded, strandedBeforeTerm };
}

export interface CaptionBox {
  /** The shown cue's text, lines joined with "\n". */
  text: string;
  /** Height of the cue's lines as a share of the video's height. */
  share: number;
  /** Whether every line is inside the picture. */
  inside: boolean;
  /** Whether video.js's big play button (shown until the first play) is drawn over a line. */
  playButton: 'hidden' | 'clear' | 'covers';
}

/** The caption shown on the video, measured by its lines of text (not vtt.js's box). */
export function readCaptionBox(): CaptionBox | null {
  const cue = document.querySelector('.vjs-text-track-display .vjs-text-track-cue');
  const video = document.querySelector('.video-js')?.getBoundingClientRect();
  if (!cue || !video) return null;
  const range = document.createRange();
  range.selectNodeContents(cue);
  const rects = [...range.getClientRects()];
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const button = document.querySelector('.vjs-big-play-button');
  const b = button?.getBoundingClientRect();
  return {
    text: cue.textContent ?? '',
    share: (bottom - top) / video.height,
    inside: top >= video.top - 0.5 && bottom <= video.bottom + 0.5,
    playButton:
      !b || !b.width || getComputedStyle(button!).display === 'none'
        ? 'hidden'
        : rects.some(
              (r) => r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom,
            )
          ? 'covers'
          : 'clear',
  };
}

/**
 * Page width against the window's, and which of the title, the tool row and the transcript's
 * switches a tap at their centre does not reach (cut off, or under something else).
 */
export function readPhoneLayout(): { scrollWidth: number; innerWidth: number; covered: string[] } {
  const covered = [
    ...document.querySelectorAll('h1, .player-bar button, .transcript-header button'),
  ]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || r.bottom < 0 || r.top > innerHeight) return false;
      if (getComputedStyle(el).visibility === 'hidden') return false;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const offscreen = r.left < 0 || r.right > innerWidth;
      return offscreen || !hit || !(hit === el || el.contains(hit));
    })
    .map((el) => el.getAttribute('aria-label') || el.textContent?.trim() || el.localName);
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth, covered };
}
