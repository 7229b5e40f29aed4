import { expect, test } from '@playwright/test';
import { mediaTime, openLesson } from './helpers';

// Runs against both the dev server and the preview of the build (see playwright.config.ts):
// Chromium can seek only in media served with HTTP Range responses.
test('media are served with range responses', async ({ request }) => {
  for (const file of ['/media/digital-china-12.mp4', '/media/digital-china-12.webm']) {
    const response = await request.get(file, { headers: { Range: 'bytes=100-199' } });
    expect(response.status()).toBe(206);
    expect(response.headers()['content-range']).toMatch(/^bytes 100-199\/\d+$/);
    expect((await response.body()).length).toBe(100);
  }
});

test('seeking to 04:59 lands there', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Play from 04:59' }).click();
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(299);
  expect(await mediaTime(page)).toBeLessThan(305);
  await expect(
    page.getByRole('region', { name: 'Transcript' }).locator('li[aria-current="true"]'),
  ).toContainText('04:59');
});
