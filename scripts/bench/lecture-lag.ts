/**
 * The highlight lag of the 70-minute lecture once added, beside the bundled Lesson 12's, in one
 * run: section 1's measure (lag.ts, page/probes.js) over every passage start the video covers.
 *
 * The lecture is added through the "Add a lesson" form with the stand-in video's address: the
 * form refuses the stand-in as a file, as its 553 s end before the lecture's last cue starts.
 * So the lesson plays as any lesson kept on this device (read back from IndexedDB, its captions
 * built in the page at idle), over the same video, served the same way, as Lesson 12.
 *
 * Both pages stay open and take turns, rate by rate, for ROUNDS rounds, so load from other work
 * on the shared machine falls on both alike; the long tasks of each page while it crossed are
 * counted, and those of the lecture's page from "Create lesson" to its first crossing (its
 * captions are built then).
 */
import type { Browser, Page } from '@playwright/test';
import type { Lesson } from '@/domain/lesson-schema';
import { coveredCrossings, type LagResult, measureLag, mergeLag } from './lag';
import {
  addPeers,
  type LongTasks,
  longTasksSince,
  newPeersContext,
  openLessonWithPeers,
  pageNow,
} from './lesson-page';

export const STAND_IN_PATH = '/media/digital-china-12.mp4';
const RATES = [1, 2] as const;
const ROUNDS = 2;

export interface LectureLag {
  /** The video's length as the page read it, seconds. */
  videoSeconds: number;
  passages: number;
  rounds: number;
  bundled: LagResult[];
  lecture: LagResult[];
  longTasks: {
    bundled: LongTasks;
    lecture: LongTasks;
    /** In the lecture's page, from "Create lesson" until its first crossing. */
    lectureBeforeCrossing: LongTasks;
  };
}

/** The lecture through the form, with the stand-in's address; the lesson page once created. */
async function addLecture(
  browser: Browser,
  url: string,
  files: readonly { name: string; text: string }[],
) {
  const context = await newPeersContext(browser);
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  const form = page.getByRole('dialog', { name: 'Add a lesson' });
  await form
    .getByLabel('Subtitles')
    .setInputFiles(
      files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })),
    );
  await form.getByLabel('Video address').fill(`${url}${STAND_IN_PATH}`);
  const counts = form.getByText(/^Passages: \d+/);
  await counts.waitFor();
  const passages = Number(/^Passages: (\d+)/.exec(await counts.innerText())?.[1]);
  const created = await pageNow(page);
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await page.waitForURL(/\/lessons\/[^/]+$/);
  return { page, passages, created, close: () => context.close() };
}

/** The long tasks of several stretches of one page, together. */
const addUp = (parts: readonly LongTasks[]): LongTasks => ({
  count: parts.reduce((sum, p) => sum + p.count, 0),
  longest: Math.max(0, ...parts.map((p) => p.longest)),
});

interface Crossings {
  lag: LagResult;
  longTasks: LongTasks;
}

/** One lesson's crossings at one rate, and the page's long tasks meanwhile. */
async function crossings(page: Page, run: () => Promise<LagResult>): Promise<Crossings> {
  const from = await pageNow(page);
  const lag = await run();
  return { lag, longTasks: await longTasksSince(page, from) };
}

/**
 * `lecture.lesson` is the lesson the form makes of `lecture.files` (made in Node by the same
 * code), for the peers' copies of its passages and the starts to cross.
 */
export async function measureLectureLag(
  browser: Browser,
  url: string,
  bundled: Lesson,
  lecture: { lesson: Lesson; files: readonly { name: string; text: string }[] },
  log: (line: string) => void,
): Promise<LectureLag> {
  const bundledPage = await openLessonWithPeers(browser, url, bundled);
  const added = await addLecture(browser, url, lecture.files);
  try {
    if (added.passages !== lecture.lesson.passages.length)
      throw new Error(
        `the form made ${added.passages} passages of the lecture, Node ${lecture.lesson.passages.length}`,
      );
    const peers = await addPeers(added.page, lecture.lesson);
    const lectureBeforeCrossing = await longTasksSince(added.page, added.created);
    const starts = lecture.lesson.passages.map((p) => p.start);
    const runs = { bundled: [] as Crossings[], lecture: [] as Crossings[] };
    for (let round = 0; round < ROUNDS; round++)
      for (const rate of RATES) {
        log(`highlight lag, round ${round + 1}: Lesson 12 at ${rate}×`);
        runs.bundled.push(
          await crossings(bundledPage.page, () =>
            measureLag(bundledPage.cross, bundled, rate, { round }),
          ),
        );
        const indices = coveredCrossings(starts, peers.videoSeconds, rate);
        log(
          `highlight lag, round ${round + 1}: the added lecture at ${rate}×, ${indices.length} starts`,
        );
        runs.lecture.push(
          await crossings(added.page, () =>
            measureLag(peers.cross, lecture.lesson, rate, { indices, round }),
          ),
        );
      }
    const byRate = (list: Crossings[]) =>
      RATES.map((rate) => mergeLag(list.filter((r) => r.lag.rate === rate).map((r) => r.lag)));
    return {
      videoSeconds: peers.videoSeconds,
      passages: lecture.lesson.passages.length,
      rounds: ROUNDS,
      bundled: byRate(runs.bundled),
      lecture: byRate(runs.lecture),
      longTasks: {
        bundled: addUp(runs.bundled.map((r) => r.longTasks)),
        lecture: addUp(runs.lecture.map((r) => r.longTasks)),
        lectureBeforeCrossing,
      },
    };
  } finally {
    await added.close();
    await bundledPage.close();
  }
}
