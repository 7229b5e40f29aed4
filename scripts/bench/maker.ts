/**
 * "Add a lesson" with a 70-minute lecture (scripts/bench/lecture.ts: two files, 1,200 cues
 * each): in Chromium, from choosing the files to the preview shown, and from pressing "Create
 * lesson" to the transcript's first rows in the page (the lesson saved to IndexedDB, the route
 * changed, the lesson read back and rendered); in Node, the same V8, where the pure steps'
 * time goes: decoding and parsing, the rest of subtitlesToLesson (layout, pairing, grouping,
 * the schema), and the captions built after the lesson shows (src/domain/captions.ts).
 */
import type { Browser } from '@playwright/test';
import { buildCaptionCues, type CaptionLanguage } from '@/domain/captions';
import type { Lesson } from '@/domain/lesson-schema';
import { decodeSubtitles } from '@/features/lesson-maker/decode-subtitles';
import { parseSubtitles } from '@/features/lesson-maker/parse-subtitles';
import { subtitlesToLesson } from '@/features/lesson-maker/subtitles-to-lesson';
import { LECTURE_SECONDS, makeLecture } from './lecture';
import { type LectureLag, measureLectureLag, STAND_IN_PATH } from './lecture-lag';
import { loadNow } from './machine';
import { summarize, type Summary } from './stats';

const RUNS = 5;

export interface MakerResult {
  date: string;
  /** The 1-minute load average (2 cores) just before. */
  loadBefore: number;
  cues: number;
  passages: number;
  lessonJsonBytes: number;
  node: {
    parse: Summary;
    toLesson: Summary;
    captions: Record<CaptionLanguage, Summary>;
  };
  chromium: { preview: Summary; create: Summary };
  /** The added lecture's highlight lag beside Lesson 12's; absent from runs before it. */
  lag?: LectureLag;
}

async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function repeat(fn: () => unknown): Promise<Summary> {
  await fn(); // warm-up, as the page's second lesson would be
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await timed(fn));
  return summarize(times);
}

async function inNode(files: { name: string; bytes: Uint8Array }[]) {
  const parse = await repeat(() =>
    Promise.all(files.map((f) => parseSubtitles(f.name, decodeSubtitles(f.name, f.bytes)))),
  );
  const toLesson = await repeat(() => subtitlesToLesson({ files, duration: LECTURE_SECONDS }));
  const { lesson } = await subtitlesToLesson({ files, duration: LECTURE_SECONDS });
  const captions = {} as Record<CaptionLanguage, Summary>;
  for (const language of ['zh', 'en', 'both'] as const)
    captions[language] = await repeat(() => buildCaptionCues(lesson, language));
  return { parse, toLesson, captions, lesson };
}

/** One add in a fresh page: files chosen → preview, Create lesson → first rows; ms. */
async function addOnce(browser: Browser, url: string, files: { name: string; text: string }[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Add a lesson' }).click();
    const form = page.getByRole('dialog', { name: 'Add a lesson' });
    const subtitles = form.getByLabel('Subtitles');
    await subtitles.waitFor();
    const chosen = Date.now();
    await subtitles.setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
    );
    await form.getByText(/^Passages: \d+/).waitFor();
    const preview = Date.now() - chosen;
    const create = form.getByRole('button', { name: 'Create lesson' });
    // Timed inside the page: from the press to the first transcript row in the document.
    await create.evaluate((button) => {
      const timing = window as unknown as { __created?: number };
      let pressed = 0;
      button.addEventListener('click', () => (pressed = performance.now()), { capture: true });
      new MutationObserver((_, observer) => {
        if (!pressed || !document.querySelector('li.passage')) return;
        observer.disconnect();
        timing.__created = performance.now() - pressed;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await create.click();
    const created = (await (
      await page.waitForFunction(
        () => (window as unknown as { __created?: number }).__created,
        null,
        {
          timeout: 60_000,
        },
      )
    ).jsonValue()) as number;
    return { preview, created };
  } finally {
    await context.close();
  }
}

export async function measureMaker(
  browser: Browser,
  url: string,
  source: Lesson,
  log: (line: string) => void,
): Promise<MakerResult> {
  const loadBefore = loadNow();
  const lecture = makeLecture(source);
  const texts = [
    { name: 'lecture.zh.srt', text: lecture.zh },
    { name: 'lecture.en.vtt', text: lecture.en },
  ];
  const files = texts.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  log('Add a lesson: a 70-minute lecture of two files, in Node');
  const node = await inNode(files);
  log('Add a lesson: the same lecture through the form in Chromium');
  const preview: number[] = [];
  const create: number[] = [];
  await addOnce(browser, url, texts); // warm-up: the dialog's chunk and the parser, cached
  for (let i = 0; i < RUNS; i++) {
    const run = await addOnce(browser, url, texts);
    preview.push(run.preview);
    create.push(run.created);
  }
  log('Add a lesson: the lecture with the stand-in video, played beside Lesson 12');
  // What the form makes with a video address and no length: the lesson ends with its cues.
  const added = await subtitlesToLesson({ files, videoSrc: `${url}${STAND_IN_PATH}` });
  const lag = await measureLectureLag(
    browser,
    url,
    source,
    { lesson: added.lesson, files: texts },
    log,
  );
  return {
    date: new Date().toISOString(),
    loadBefore,
    cues: 1200,
    passages: node.lesson.passages.length,
    lessonJsonBytes: new TextEncoder().encode(JSON.stringify(node.lesson)).length,
    node: { parse: node.parse, toLesson: node.toLesson, captions: node.captions },
    chromium: { preview: summarize(preview), create: summarize(create) },
    lag,
  };
}
