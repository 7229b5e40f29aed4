import { expect, test } from '@playwright/test';
import { currentPassages, LESSON_PATH, mediaTime, openLesson, playMuted } from './helpers';

test('a link to 04:31 brings its passage to the top of the transcript, still following', async ({
  page,
}) => {
  await openLesson(page, '#t=04:31');
  const row = page.locator('li.passage[aria-current="true"]');
  await expect(row).toContainText('04:31');
  const offset = () =>
    row.evaluate((li) => {
      const view = li.closest('.transcript-scroll')!.getBoundingClientRect();
      return (li.getBoundingClientRect().top - view.top) / view.height;
    });
  // The passage settles near the reading line (a fifth of the way down the view)...
  await expect.poll(offset).toBeGreaterThanOrEqual(0);
  await expect.poll(offset).toBeLessThan(0.35);
  // ...and the transcript is still following: nothing the reader did stopped it.
  await expect(page.getByRole('button', { name: 'Back to current passage' })).toBeHidden();
  expect(await offset()).toBeLessThan(0.35);
});

test('following survives a page too busy to report its glide in time', async ({ page }) => {
  // A slow device: the page is busy for 1.7 s just as following starts to glide to the passage,
  // so the glide's scroll events all arrive late, after the limit a scroll's end is awaited for.
  await page.addInitScript(() => {
    const scrollTo = Element.prototype.scrollTo;
    let stalled = false;
    Element.prototype.scrollTo = function (this: Element, ...args: unknown[]) {
      if (!stalled && (args[0] as ScrollToOptions | undefined)?.behavior === 'smooth') {
        stalled = true;
        requestAnimationFrame(() => {
          const end = performance.now() + 1700;
          while (performance.now() < end);
          document.documentElement.dataset.stalled = 'over';
        });
      }
      return (scrollTo as (...a: unknown[]) => void).apply(this, args);
    } as typeof scrollTo;
  });
  await openLesson(page, '#t=04:31');
  await expect(page.locator('html')).toHaveAttribute('data-stalled', 'over');
  const row = page.locator('li.passage[aria-current="true"]');
  await expect(row).toContainText('04:31');
  // The glide's late events are handled, and it comes to rest at the passage.
  await expect(row).toBeInViewport();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(page.getByRole('button', { name: 'Back to current passage' })).toBeHidden();
});

for (const query of ['?t=271', '?t=4:31', '?t=4m31s', '#t=271', '#t=04:31']) {
  test(`a link with ${query} opens at 04:31`, async ({ page }) => {
    await openLesson(page, query);
    // Just inside the passage, as a click lands: its own caption and frame, not the last one's.
    await expect.poll(() => mediaTime(page)).toBeCloseTo(271.02, 3);
    await expect(currentPassages(page)).toContainText('04:31');
    const cues = await page.evaluate(() => {
      const track = [...document.querySelector('video')!.textTracks].find(
        (t) => t.mode === 'showing',
      );
      return track ? (track.activeCues?.length ?? 0) : -1;
    });
    expect(cues).toBeLessThanOrEqual(1);
  });
}

test('a range link seeks to its start and pauses at its end', async ({ page }) => {
  await openLesson(page, '#t=3:23,3:35');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(203.02, 3);
  await page.evaluate(() => {
    document.querySelector('video')!.playbackRate = 2;
  });
  await playMuted(page);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('video')!.paused), { timeout: 15_000 })
    .toBe(true);
  const time = await mediaTime(page);
  expect(time).toBeGreaterThan(214.5);
  expect(time).toBeLessThan(215);
  await expect(currentPassages(page)).toContainText('03:23');
  await expect(page.getByRole('status')).toContainText('Stopped at 03:35');
});

test('a backwards range plays from its start and says its end comes first', async ({ page }) => {
  await openLesson(page, '#t=3:35,3:23');
  await expect(page.getByRole('status')).toContainText('ends before it starts');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(215.02, 3);
});

test('bad or out-of-range times open the lesson with a short notice, as text', async ({ page }) => {
  await openLesson(page, '?t=' + encodeURIComponent('<img src=x onerror=alert(1)>'));
  await expect(page.getByText(/could not be read; playing from the start/)).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await mediaTime(page)).toBe(0);

  await openLesson(page, '?t=99999');
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(550);
  await expect(page.getByRole('status')).toContainText(/09:13|length|end/i);
});

test('copy link to a passage, then open it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLesson(page);
  await page.getByRole('button', { name: 'Copy link to passage 03:23' }).click();
  await expect(page.getByRole('status')).toContainText('Link to passage 03:23 copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`${LESSON_PATH}#t=03:23$`));
  await page.getByRole('button', { name: 'Copy link to this passage only (03:23)' }).click();
  await expect(page.getByRole('status')).toContainText('stops at the passage’s end');
  const range = await page.evaluate(() => navigator.clipboard.readText());
  expect(range).toMatch(new RegExp(`${LESSON_PATH}#t=03:23,03:35$`));
  await page.goto(link);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(203.02, 3);

  await page.getByRole('button', { name: 'Play from 04:31' }).click();
  await page.evaluate(() => document.querySelector('video')!.pause());
  await page.getByRole('button', { name: 'Copy link at current time' }).click();
  const timeLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(timeLink).toMatch(/\?t=4m3\ds$/);
});
