import { expect, test } from '@playwright/test';
import {
  currentPassages,
  LESSON_PATH,
  mediaTime,
  openLesson,
  playMuted,
  startPlayer,
} from './helpers';

test('loop this passage repeats the active passage', async ({ page }) => {
  await openLesson(page);
  const loop = page.getByRole('button', { name: 'Loop this passage' });
  await loop.click();
  await expect(loop).toHaveAttribute('aria-pressed', 'true');
  // The passage at 03:23 ends at 03:35; start near its end at double speed.
  await page.evaluate(() => {
    const media = document.querySelector('video')!;
    media.currentTime = 213;
    media.playbackRate = 2;
  });
  await playMuted(page);
  await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeLessThan(206);
  await expect(currentPassages(page)).toContainText('03:23');
});

test('pause after each passage stops at the boundary', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Pause after each passage' }).click();
  await page.evaluate(() => {
    document.querySelector('video')!.currentTime = 213.5;
  });
  await playMuted(page);
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.paused)).toBe(true);
  const time = await mediaTime(page);
  expect(time).toBeGreaterThanOrEqual(215);
  expect(time).toBeLessThan(215.5);
});

test('playback speed is remembered across reloads', async ({ page }) => {
  await openLesson(page);
  await page.evaluate(() => {
    document.querySelector('video')!.playbackRate = 1.5;
  });
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('tandem:v1:preferences')))
    .toContain('"rate":1.5');
  await page.reload();
  await startPlayer(page);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('video')!.playbackRate))
    .toBe(1.5);
});

test('unreadable saved preferences are kept aside and reported once', async ({ page }) => {
  // Frozen timers: the notice stays until dismissed, however slow the page is to load.
  await page.clock.install();
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tandem:v1:preferences', '{"rate":1.5,');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(LESSON_PATH);
  await expect(
    page.getByRole('status').getByText(/^Saved settings could not be read/),
  ).toBeVisible();
  const backups = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':backup:')));
  const [aside] = await backups();
  expect(aside).toMatch(/^tandem:v1:preferences:backup:/);
  expect(await page.evaluate((key) => localStorage.getItem(key), aside!)).toBe('{"rate":1.5,');
  // Nothing is left to find after a reload: no second copy, no second notice.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await expect(page.getByText(/^Saved settings could not be read/)).toHaveCount(0);
  expect(await backups()).toEqual([aside]);
});
