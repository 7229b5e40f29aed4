import path from 'node:path';
import { expect, test } from '@playwright/test';
import { comeToVideo, mediaTime, openLesson, passages, playMuted } from './helpers';

test('a video that fails shows the reason and a way to open a file; the transcript still works', async ({
  page,
}) => {
  await page.route('**/media/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('/lessons/digital-china-12');
  await comeToVideo(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The video cannot be played');
  await expect(alert.getByRole('button', { name: 'Open video file…' })).toBeVisible();
  await expect(passages(page)).toHaveCount(20);
  await expect(page.getByRole('button', { name: 'Play from 04:31' })).toBeEnabled();

  await page.unroute('**/media/**');
  await page
    .locator('input[type="file"]')
    .setInputFiles(path.resolve('public/media/digital-china-12.mp4'));
  await expect(alert).toBeHidden();
  await expect(page.getByText('Playing digital-china-12.mp4')).toBeVisible();
  await page.waitForFunction(() => document.querySelector('video')!.currentSrc.startsWith('blob:'));
  await playMuted(page);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.5);
});

test('a src link that is not http(s) is refused with a message, and the lesson plays', async ({
  page,
}) => {
  await openLesson(page, '?src=' + encodeURIComponent('javascript:alert(1)'));
  await expect(page.getByRole('status')).toContainText('Only http and https video addresses');
  await expect
    .poll(() => page.evaluate(() => document.querySelector('video')!.currentSrc))
    .toContain('/media/digital-china-12');
});

test('an unknown lesson shows a not-found view with a link home', async ({ page }) => {
  await page.goto('/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to all lessons' }).click();
  await expect(page.getByRole('link', { name: /Build an Open and Win-Win Pattern/ })).toBeVisible();
});

test('malformed lesson data shows the bad field paths', async ({ page }) => {
  await page.route('**/data/lessons/digital-china-12.json', async (route) => {
    const response = await route.fetch();
    const lesson = await response.json();
    lesson.passages[3].start = 5;
    lesson.passages[7].end = 9999;
    await route.fulfill({ response, json: lesson });
  });
  await page.goto('/lessons/digital-china-12');
  await expect(page.getByRole('heading', { name: /data is invalid/i })).toBeVisible();
  await expect(page.getByText(/^passages\.3\.start: must be later/)).toBeVisible();
  await expect(
    page.getByText(/^passages\.7\.end: must equal the next passage start/),
  ).toBeVisible();
});

test('the library lists the lesson with its length and opens it', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: /Build an Open and Win-Win Pattern/ });
  await expect(link).toBeVisible();
  await expect(page.getByText('09:13')).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/lessons\/digital-china-12$/);
  await expect(passages(page)).toHaveCount(20);
});

test('an unknown lesson answers 404 with the app’s own not-found page', async ({ page }) => {
  for (const path of ['/lessons/nope', '/lessons/nope/', '/lessons/nope.html']) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
  }
  const known = await page.goto('/lessons/digital-china-12');
  expect(known!.status()).toBe(200);
});
