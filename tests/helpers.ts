import { expect, type Page } from '@playwright/test';

export const LESSON_PATH = '/lessons/digital-china-12';

/** Opens the lesson, comes to its video and waits until video.js has the media's metadata. */
export async function openLesson(page: Page, query = '') {
  await page.goto(LESSON_PATH + query);
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await startPlayer(page);
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
