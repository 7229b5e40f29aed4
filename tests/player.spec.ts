import { expect, type Page, test } from '@playwright/test';
import {
  clickPassageTime,
  currentPassages,
  mediaTime,
  openLesson,
  passages,
  playMuted,
} from './helpers';

/** Pauses at `time`: captions come by sentence, so a check needs a moment it can name. */
async function pauseAt(page: Page, time: number) {
  // After a reload the click on a time is what makes the player: wait for its video.
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
  await page.evaluate((t) => {
    const media = document.querySelector('video')!;
    media.pause();
    media.currentTime = t;
  }, time);
}

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
  });

  test('announces no passage through a live region during playback', async ({ page }) => {
    await openLesson(page);
    await page.getByRole('button', { name: 'Play from 00:57' }).click();
    await expect(currentPassages(page)).toHaveCount(1);
    const announced = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"]',
        ),
      ]
        .map((element) => element.textContent ?? '')
        .join('\n'),
    );
    expect(announced).not.toContain('数据显示');
    expect(announced).not.toContain('Data shows');
  });

  test('highlights exactly the playing passage in both languages after a seek', async ({
    page,
  }) => {
    await openLesson(page);
    await page.getByRole('button', { name: 'Play from 04:31' }).click();
    await expect(currentPassages(page)).toHaveCount(1);
    const current = currentPassages(page);
    await expect(current.getByRole('button', { name: /^Play from/ })).toHaveAccessibleName(
      'Play from 04:31',
    );
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

  test('a click on a passage time keeps following; tabbing into the passages stops it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    await clickPassageTime(page, '04:31');
    await page.evaluate(() => document.querySelector('video')!.pause());
    await expect(currentPassages(page)).toContainText('04:31');
    const back = page.getByRole('button', { name: 'Back to current passage' });
    await expect(back).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(back).toBeVisible();
  });

  test('the control bar is legible while shown and goes at once when the pointer rests', async ({
    page,
  }) => {
    await openLesson(page);
    await playMuted(page);
    await page.locator('.video-js').hover();
    const bar = page.locator('.vjs-control-bar');
    await expect(bar).toHaveCSS('opacity', '1');
    // The bar's colour laid over a white picture, the worst case, against the controls' colour.
    const contrast = await bar.evaluate((el) => {
      const channels = (css: string) => css.match(/[\d.]+/g)!.map(Number);
      const [r, g, b, a = 1] = channels(getComputedStyle(el).backgroundColor);
      const over = [r!, g!, b!].map((c) => c * a + 255 * (1 - a));
      const fg = channels(getComputedStyle(el.querySelector('.vjs-play-control')!).color);
      const luminance = ([red, green, blue]: number[]) => {
        const lin = (c: number) => {
          const s = c / 255;
          return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(red!) + 0.7152 * lin(green!) + 0.0722 * lin(blue!);
      };
      const [hi, lo] = [luminance(fg), luminance(over)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(3);
    await page.mouse.move(0, 0);
    await expect(page.locator('.video-js.vjs-user-inactive')).toHaveCount(1);
    const fade = await bar.evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(Math.max(...fade.split(',').map((d) => parseFloat(d)))).toBeLessThanOrEqual(0.2);
  });

  test('switches language for transcript and captions, remembered after reload', async ({
    page,
  }) => {
    await openLesson(page);
    await page.getByRole('button', { name: 'Play from 00:57' }).click();
    await pauseAt(page, 57.5);
    const captions = page.locator('.vjs-text-track-display');
    const group = page.getByRole('group', { name: 'Transcript language' });
    await group.getByRole('button', { name: 'English' }).click();
    await expect(passages(page).first().locator('[lang="zh-Hans"]')).toHaveCount(0);
    await expect(captions).toContainText('Data shows that');
    await expect(captions).not.toContainText('数据显示');
    await group.getByRole('button', { name: '中文' }).click();
    await expect(captions).toContainText('数据显示');
    await expect(captions).not.toContainText('Data shows that');
    await expect(passages(page).first().locator('[lang="en"]')).toHaveCount(0);

    await page.reload();
    await expect(group.getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(passages(page).first().locator('[lang="en"]')).toHaveCount(0);
    await group.getByRole('button', { name: 'Both' }).click();
    await page.getByRole('button', { name: 'Play from 00:57' }).click();
    await pauseAt(page, 57.5);
    await expect(captions).toContainText('数据显示');
    await expect(captions).toContainText('Data shows that');
    const toggle = page.getByRole('button', { name: 'Captions' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(captions).not.toContainText('Data shows that');
  });

  test('shows the sentence being spoken as a bilingual caption, not the whole passage', async ({
    page,
  }) => {
    await openLesson(page);
    await page.getByRole('button', { name: 'Play from 00:57' }).click();
    await pauseAt(page, 57.5);
    const captions = page.locator('.vjs-text-track-display');
    await expect(captions).toContainText('数据显示');
    await expect(captions).toContainText('Data shows that');
    // The passage's next sentence is not up yet; it comes as a cue of its own.
    await expect(captions).not.toContainText('63.6%');
    await pauseAt(page, 75);
    await expect(captions).toContainText('63.6%');
    await expect(captions).not.toContainText('Data shows that');
  });

  test('marks passages on the progress bar with time and first words on hover', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    const ticks = page.locator('.vjs-progress-holder .passage-ticks path');
    expect((await ticks.getAttribute('d'))?.match(/M/g)).toHaveLength(20);
    // video.js shows its control bar once playback has started.
    await page.getByRole('button', { name: 'Play from 04:31' }).click();
    await page.evaluate(() => document.querySelector('video')!.pause());
    await page.locator('.video-js').hover();
    const bar = (await page.locator('.vjs-progress-holder').boundingBox())!;
    const duration = await page.evaluate(() => document.querySelector('video')!.duration);
    // Just after the passage at 04:31 starts.
    await page.mouse.move(bar.x + (275 / duration) * bar.width, bar.y + bar.height / 2);
    const tip = page.locator('.passage-marker-tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('04:31');
    await expect(tip).toContainText('Strengthening systemic coordination');
  });
});
