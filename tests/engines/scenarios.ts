/**
 * The cross-engine scenarios: what a viewer does with the lesson, checked in every engine the
 * same way through an EngineDriver. The Chromium suite (tests/*.spec.ts) tests much more; these
 * are the everyday paths, where an engine's media, events or layout could differ.
 */
import lesson from '../../data/lessons/digital-china-12.json' with { type: 'json' };
import { CHUNK_FAULTS_PATH } from '../../scripts/engine-server-plugins';
import { addLessonScenarios } from './add-lesson-scenarios';
import { type EngineDriver, until } from './engine';
import { type PageState, readPageState } from './page-state';

const LESSON_PATH = `/lessons/${lesson.id}`;

export interface Scenario {
  name: string;
  run(driver: EngineDriver, context: { errors: string[] }): Promise<void>;
}

const state = (driver: EngineDriver) => driver.evaluate(readPageState);
const watch = (driver: EngineDriver, what: string, accept: (s: PageState) => boolean) =>
  until(what, () => state(driver), accept);

/** Passage index at a media time, from the lesson file. */
const passageAt = (time: number) => lesson.passages.findLastIndex((p) => p.start <= time);
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** Whether the app has rendered: the page's first screen (if any) replaced by its own render. */
const appStarted = (driver: EngineDriver) =>
  until(
    'the app to have started',
    () => driver.evaluate(() => document.getElementById('root')?.hasAttribute('data-first-screen')),
    (marked) => marked === false,
  );

/**
 * Opens the lesson with nothing remembered from an earlier scenario (language, notes…): the
 * storage is cleared from a plain file of the same origin, before the app runs. Waits for the
 * app's own render: an element found in the page's first screen is gone once the app replaces it.
 */
export async function openLesson(driver: EngineDriver, query = '') {
  await driver.goto('/robots.txt');
  await driver.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await driver.goto(LESSON_PATH + query);
  await appStarted(driver);
  await watch(driver, 'the transcript', (s) => s.passages > 0);
}

/** The player is made when the viewer comes to the video (tests/helpers.ts `startPlayer`). */
export async function startPlayer(driver: EngineDriver) {
  await driver.passOver('.player-frame');
  await watch(driver, 'the video to have its metadata', (s) => (s.video?.readyState ?? 0) >= 1);
}

const transcriptLanguage = { role: 'group', name: 'Transcript language' } as const;

export const scenarios: Scenario[] = [
  {
    name: 'the lesson loads with its 20 passages, the app’s render in place of the first screen',
    async run(driver) {
      await openLesson(driver);
      await watch(driver, `${lesson.passages.length} passages`, (s) => s.passages === 20);
      await until(
        "the root's first-screen mark gone, one list of passages",
        () =>
          driver.evaluate(() => ({
            marked: document.getElementById('root')!.hasAttribute('data-first-screen'),
            lists: document.querySelectorAll('ol.passages').length,
          })),
        (page) => !page.marked && page.lists === 1,
      );
    },
  },
  {
    name: "a passage's time plays from inside that passage",
    async run(driver) {
      await openLesson(driver);
      await driver.click({ role: 'button', name: 'Play from 00:57' });
      const passage = lesson.passages[1]!;
      await watch(
        driver,
        'playing inside 00:57–01:19 with that passage current',
        (s) =>
          !!s.video &&
          !s.video.paused &&
          s.video.time > passage.start &&
          s.video.time < passage.end &&
          s.currentTime === 'Play from 00:57',
      );
    },
  },
  {
    name: 'a link with ?t=4m31s opens at 04:31',
    async run(driver) {
      const passage = lesson.passages[10]!;
      await openLesson(driver, '?t=4m31s');
      // The link alone makes the player: no pointer comes to the video here.
      await watch(
        driver,
        'the video at 04:31 with that passage current',
        (s) =>
          !!s.video &&
          s.video.time >= passage.start &&
          s.video.time < passage.end &&
          s.currentTime === 'Play from 04:31',
      );
    },
  },
  {
    name: 'the highlight crosses a passage boundary while playing',
    async run(driver) {
      await openLesson(driver);
      await startPlayer(driver);
      const boundary = lesson.passages[10]!.start;
      await driver.evaluate(
        (time) =>
          new Promise<void>((resolve) => {
            const media = document.querySelector('video')!;
            media.pause();
            media.muted = true;
            media.addEventListener('seeked', () => resolve(), { once: true });
            media.currentTime = time;
          }),
        boundary - 0.4,
      );
      await watch(driver, 'the passage before 04:31 current', (s) => s.current === 9);
      await driver.evaluate(() => document.querySelector('video')!.play());
      const crossed = await watch(driver, 'the 04:31 passage current', (s) => s.current === 10);
      if (crossed.video?.paused) throw new Error('the highlight moved, but not while playing');
      if (crossed.currentTime !== 'Play from 04:31')
        throw new Error(`current row is ${crossed.currentTime}`);
    },
  },
  {
    name: 'a term opens its popover with the definition',
    async run(driver) {
      const term = lesson.terms.find((t) => t.id === 'systemic-planning')!;
      await openLesson(driver);
      await driver.click({ role: 'button', name: term.en });
      await watch(
        driver,
        `a dialog for "${term.en}" with its definition`,
        (s) => !!s.dialog?.name.includes(term.en) && s.dialog.text.includes(term.definition!),
      );
    },
  },
  {
    name: 'the language switch changes the transcript',
    async run(driver) {
      await openLesson(driver);
      const modes = [
        { name: 'English', zh: false, en: true },
        { name: '中文', zh: true, en: false },
        { name: 'Both', zh: true, en: true },
      ];
      for (const mode of modes) {
        await driver.click({ role: 'button', name: mode.name, within: transcriptLanguage });
        await watch(
          driver,
          `${mode.name} pressed, the first passage in ${mode.zh ? '中文 ' : ''}${mode.en ? 'English' : ''}`,
          (s) =>
            s.language === mode.name &&
            s.firstPassage.zh === mode.zh &&
            s.firstPassage.en === mode.en,
        );
      }
    },
  },
  {
    name: 'captions show on the video',
    async run(driver) {
      await openLesson(driver);
      await driver.click({ role: 'button', name: 'Play from 00:57' });
      await watch(driver, 'a caption of the passage being played', (s) => {
        const passage = s.video && lesson.passages[passageAt(s.video.time)];
        const shown = letters(s.caption).slice(0, 4);
        return !!passage && shown.length === 4 && letters(passage.zh + passage.en).includes(shown);
      });
      await driver.evaluate(() => document.querySelector('video')!.pause());
    },
  },
  ...addLessonScenarios,
  {
    name: 'no console errors in any of the above',
    async run(_driver, { errors }) {
      if (errors.length) throw new Error(errors.join('\n'));
    },
  },
  // After the console check: a chunk that fails to load is reported by the engine as an error.
  {
    name: 'a player chunk that fails to load says so and loads on Try again',
    async run(driver) {
      await driver.goto('/robots.txt');
      await driver.evaluate(async (path) => {
        await fetch(`${path}?name=create-player`);
      }, CHUNK_FAULTS_PATH);
      try {
        await openLesson(driver);
        await driver.passOver('.player-frame');
        await watch(driver, 'an alert that the player could not be loaded', (s) =>
          s.alerts.some((text) => text.includes('video player could not be loaded')),
        );
      } finally {
        await driver.evaluate(async (path) => {
          await fetch(path);
        }, CHUNK_FAULTS_PATH);
      }
      await watch(driver, 'the transcript kept', (s) => s.passages === lesson.passages.length);
      await driver.click({ role: 'button', name: 'Try again' });
      await watch(driver, 'the video to have its metadata', (s) => (s.video?.readyState ?? 0) >= 1);
      await watch(driver, 'the alert gone', (s) =>
        s.alerts.every((text) => !text.includes('video player could not be loaded')),
      );
    },
  },
];
