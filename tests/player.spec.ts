import { expect, test } from '@playwright/test';
import { currentPassages, mediaTime, openLesson, passages, playMuted } from './helpers';

test.describe('the bilingual player', () => {
  test('plays the stand-in and the clock follows', async ({ page }) => {
    await openLesson(page);
    await expect(page.locator('.video-js')).toHaveCount(1);
    await playMuted(page);
    await expect.poll(() => mediaTime(page)).toBeGreaterThan(1);
    await expect(page.getByLabel('Playback time')).toContainText(/00:0[1-9]/);
  });

  test('meets the transcript accessibility contract', async ({ page }) => {
    await openLesson(page);
    const items = passages(page);
    await expect(items).toHaveCount(20);
    await expect(currentPassages(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Play from 04:31' })).toBeVisible();
    const first = items.first();
    await expect(first.locator('[lang="zh-Hans"]')).toContainText('数字治理生态和数字领域国际合作');
    await expect(first.locator('[lang="en"]')).toContainText(
      'The digital governance ecosystem and international cooperation',
    );
    const group = page.getByRole('group', { name: 'Transcript language' });
    for (const name of ['English', '中文', 'Both'])
      await expect(group.getByRole('button', { name, exact: true })).toHaveAttribute(
        'aria-pressed',
      );
    await expect(page.locator('[aria-live]')).toHaveCount(0);
  });

  test('highlights exactly the playing passage in both languages after a seek', async ({
    page,
  }) => {
    await openLesson(page);
    await page.getByRole('button', { name: 'Play from 04:31' }).click();
    await expect(currentPassages(page)).toHaveCount(1);
    const current = currentPassages(page);
    await expect(current.getByRole('button')).toHaveAccessibleName('Play from 04:31');
    await expect(current.locator('[lang="zh-Hans"]')).toBeVisible();
    await expect(current.locator('[lang="en"]')).toBeVisible();
    const time = await mediaTime(page);
    expect(time).toBeGreaterThan(271);
    expect(time).toBeLessThan(275);
  });

  test('follows inside the panel only, pauses when the reader scrolls, resumes on request', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    await page.evaluate(() => {
      const media = document.querySelector('video')!;
      media.currentTime = 526;
    });
    const last = passages(page).last();
    await expect(last).toHaveAttribute('aria-current', 'true');
    await expect(last).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const panel = page.locator('.transcript-scroll');
    await panel.hover();
    await page.mouse.wheel(0, -4000);
    const back = page.getByRole('button', { name: 'Back to current passage' });
    await expect(back).toBeVisible();
    await expect(last).not.toBeInViewport();
    await back.click();
    await expect(back).toBeHidden();
    await expect(last).toBeInViewport();
  });

  test('switches language for transcript and captions, remembered after reload', async ({
    page,
  }) => {
    await openLesson(page);
    const group = page.getByRole('group', { name: 'Transcript language' });
    await group.getByRole('button', { name: 'English' }).click();
    await expect(passages(page).first().locator('[lang="zh-Hans"]')).toHaveCount(0);
    const showing = () =>
      page.evaluate(() =>
        [...document.querySelector('video')!.textTracks]
          .filter((t) => t.mode === 'showing')
          .map((t) => t.label),
      );
    await expect.poll(showing).toEqual(['English']);
    await page.reload();
    await expect(group.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await group.getByRole('button', { name: 'Both' }).click();
    await expect.poll(showing).toEqual(['中文 + English']);
    await page.getByRole('button', { name: 'Captions' }).click();
    await expect.poll(showing).toEqual([]);
  });

  test('shows bilingual captions on the video at the passage time', async ({ page }) => {
    await openLesson(page);
    await page.getByRole('button', { name: 'Play from 00:57' }).click();
    await page.evaluate(() => document.querySelector('video')!.pause());
    await expect(page.locator('.vjs-text-track-display')).toContainText('数据显示');
    await expect(page.locator('.vjs-text-track-display')).toContainText('Data shows that');
  });

  test('marks passages on the progress bar with time and first words on hover', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    const markers = page.locator('.vjs-progress-holder .passage-marker');
    await expect(markers).toHaveCount(20);
    await page.locator('.video-js').hover();
    await markers.nth(9).hover();
    await expect(markers.nth(9).locator('.passage-marker-tip')).toBeVisible();
    await expect(markers.nth(9)).toContainText('04:31');
    await expect(markers.nth(9)).toContainText('Strengthening systemic coordination');
  });
});
