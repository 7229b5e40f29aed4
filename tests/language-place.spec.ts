import { expect, test, type Page } from '@playwright/test';
import { clickPassageTime, currentPassages, openLesson } from './helpers';

/** A row's top from the top of the transcript's scrolling pane, in px. */
function rowOffset(page: Page, time: string) {
  return page.evaluate((label) => {
    const pane = document.querySelector('.transcript-scroll')!;
    const row = [...pane.querySelectorAll('li[data-index]')].find((li) =>
      li.textContent!.includes(label),
    )!;
    return row.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  }, time);
}

/** Following scrolls the current passage smoothly into place: waits until the row stays put. */
async function settled(page: Page, time: string) {
  let last = NaN;
  await expect
    .poll(async () => {
      const [previous, now] = [last, (last = await rowOffset(page, time))];
      return Math.abs(previous - now) < 1;
    })
    .toBe(true);
}

async function chooseLanguage(page: Page, name: string) {
  await page
    .getByRole('group', { name: 'Transcript language' })
    .getByRole('button', { name })
    .click();
}

test('switching languages keeps the current passage where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openLesson(page);
  await clickPassageTime(page, '03:23');
  await page.evaluate(() => document.querySelector('video')!.pause());
  await expect(currentPassages(page)).toContainText('03:23');
  await settled(page, '03:23');
  await chooseLanguage(page, '中文');
  await settled(page, '03:23');
  const before = await rowOffset(page, '03:23');
  await chooseLanguage(page, 'Both');
  expect(Math.abs((await rowOffset(page, '03:23')) - before)).toBeLessThanOrEqual(2);
  await chooseLanguage(page, 'English');
  expect(Math.abs((await rowOffset(page, '03:23')) - before)).toBeLessThanOrEqual(2);
  await expect(page.getByRole('button', { name: 'Back to current passage' })).toHaveCount(0);
});

test('when not following, the passage at the top of the view stays there', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openLesson(page);
  const pane = page.locator('.transcript-scroll');
  await pane.hover();
  await page.mouse.wheel(0, 2500);
  await page.waitForTimeout(500);
  const top = await page.evaluate(() => {
    const view = document.querySelector('.transcript-scroll')!.getBoundingClientRect();
    const row = [
      ...document.querySelectorAll<HTMLElement>('.transcript-scroll li[data-index]'),
    ].find((li) => li.getBoundingClientRect().bottom > view.top)!;
    return row.querySelector('button')!.textContent!.match(/\d\d:\d\d/)![0];
  });
  const before = await rowOffset(page, top);
  await chooseLanguage(page, '中文');
  expect(Math.abs((await rowOffset(page, top)) - before)).toBeLessThanOrEqual(2);
});
