import { expect, type Page } from '@playwright/test';

export const LESSON_PATH = '/lessons/digital-china-12';

/** Opens the lesson, comes to its video and waits until video.js has the media's metadata. */
export async function openLesson(page: Page, query = '') {
  await page.goto(LESSON_PATH + query);
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await appStarted(page);
  await startPlayer(page);
}

/**
 * Until the app's first render has replaced the page's first screen (rendered at build time),
 * which shows the lesson but answers nothing: a pointer that comes to the video before that is
 * not seen by the app.
 */
export async function appStarted(page: Page) {
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
}

/**
 * The player is made when the viewer comes to the video: the pointer passes over it (then moves
 * off, so that nothing after is hovering it).
 */
export async function comeToVideo(page: Page) {
  await page.locator('.player-frame').hover();
  await page.mouse.move(0, 0);
}

export async function startPlayer(page: Page) {
  await comeToVideo(page);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
}

export async function mediaTime(page: Page) {
  return page.evaluate(() => document.querySelector('video')!.currentTime);
}

export async function playMuted(page: Page) {
  await page.evaluate(async () => {
    const media = document.querySelector('video')!;
    media.muted = true;
    await media.play();
  });
}

export function passages(page: Page) {
  return page.getByRole('region', { name: 'Transcript' }).getByRole('listitem');
}

export function currentPassages(page: Page) {
  return page.getByRole('region', { name: 'Transcript' }).locator('li[aria-current="true"]');
}

/**
 * Clicks a passage's time as a reader does: first scrolls it into view (which, like any scroll
 * of the reader's, stops following), lets that scroll land, then clicks (which follows again).
 * A bare click would scroll and click in one go, and the scroll's event, arriving after the
 * click, would stop the following the click had just asked for.
 */
export async function clickPassageTime(page: Page, time: string) {
  const button = page.getByRole('button', { name: `Play from ${time}` });
  await button.scrollIntoViewIfNeeded();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await button.click();
}
