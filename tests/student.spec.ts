import { expect, test } from '@playwright/test';
import { currentPassages, mediaTime, openLesson, passages, playMuted } from './helpers';

test('search finds both languages, marks matches, ticks the bar, steps with Enter through the transcript', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openLesson(page);
  const search = page.getByRole('search');
  const box = search.getByRole('searchbox', { name: 'Search transcript' });
  await box.fill('丝路电商');
  await expect(search.getByRole('status')).toHaveText('3 results');
  await expect(page.locator('.passages mark')).toHaveCount(3);
  await expect
    .poll(async () =>
      (await page.locator('.vjs-progress-holder .search-ticks path').getAttribute('d'))?.match(
        /M/g,
      ),
    )
    .toHaveLength(3);
  const before = await mediaTime(page);
  const activeMatchRow = passages(page).filter({ has: page.locator('mark[data-active]') });
  await box.press('Enter');
  await expect(search.getByRole('status')).toHaveText('1 of 3');
  await expect(activeMatchRow).toContainText('04:03');
  await expect(page.locator('.passages mark[data-active]')).toBeInViewport();
  await box.press('Enter');
  await expect(activeMatchRow).toContainText('06:02');
  await expect(page.locator('.passages mark[data-active]')).toBeInViewport();
  // Enter moves through the transcript, never the video.
  expect(await mediaTime(page)).toBe(before);
  // Following pauses while searching, but at 0:00 no passage is current yet: nothing to go back to.
  await expect(page.getByRole('button', { name: 'Back to current passage' })).toHaveCount(0);

  await box.fill('WIN WIN');
  await expect(search.getByRole('status')).toHaveText('4 results');
  await search.getByRole('list', { name: 'Search results' }).getByRole('button').nth(3).click();
  await expect(currentPassages(page)).toContainText('03:35');
  await box.fill('');
  await expect(page.locator('.passages mark')).toHaveCount(0);
});

test('"/" focuses the search box', async ({ page }) => {
  await openLesson(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search transcript' })).toBeFocused();
});

test('pinyin shows tone-marked readings over the Chinese as ruby, remembered', async ({ page }) => {
  await openLesson(page);
  const toggle = page.getByRole('button', { name: 'Pinyin' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const first = passages(page).first().locator('[lang="zh-Hans"]');
  await expect(first.locator('ruby').first()).toBeVisible();
  const readings = await first
    .locator('rt')
    .evaluateAll((rts) => rts.slice(0, 6).map((rt) => rt.textContent));
  expect(readings).toEqual(['shù', 'zì', 'zhì', 'lǐ', 'shēng', 'tài']);
  // 重中之重 in context: zhòng, not chóng.
  const coordination = passages(page).nth(10).locator('[lang="zh-Hans"] ruby', { hasText: '重' });
  await expect(coordination.first().locator('rt')).toHaveText('zhòng');
  await page.reload();
  await expect(passages(page).first().locator('rt').first()).toHaveText('shù');
});

test('the sentence being spoken is marked inside the active passage, in both languages', async ({
  page,
}) => {
  await openLesson(page);
  // 00:57 has two Chinese and two English sentences: the second starts about halfway.
  await page.getByRole('button', { name: 'Play from 00:57' }).click();
  await page.evaluate(() => document.querySelector('video')!.pause());
  const current = currentPassages(page).locator('[data-current="true"]');
  await expect(current).toHaveCount(2);
  await expect(current.first()).toContainText('数据显示');
  await expect(current.nth(1)).toContainText('Data shows that');
  await page.evaluate(() => {
    document.querySelector('video')!.currentTime = 77;
  });
  await expect(current.first()).toContainText('2021年跨境数字服务贸易');
  await expect(current.nth(1)).toContainText('In 2021, cross-border');
  await expect(page.locator('[data-current="true"]')).toHaveCount(2);
  await playMuted(page);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(79.2);
  await expect(current.first()).toContainText('各国之间');
});

test('the interface, video controls included, switches to Chinese and stays so', async ({
  page,
}) => {
  await openLesson(page);
  await page
    .getByRole('group', { name: 'Interface language' })
    .getByRole('button', { name: '中文' })
    .click();
  await expect(page.getByRole('heading', { name: '文稿' })).toBeVisible();
  await expect(page.locator('.vjs-play-control .vjs-control-text')).toHaveText('播放');
  // Lesson text is data, not interface: it stays as written.
  await expect(
    page
      .getByRole('region', { name: '文稿' })
      .getByRole('listitem')
      .first()
      .locator('[lang="en"]')
      .first(),
  ).toContainText('The digital governance');
  await page.reload();
  await expect(page.getByRole('heading', { name: '文稿' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('a wide screen shows the lesson’s details below the video and needs no About button', async ({
  page,
}) => {
  await openLesson(page);
  const details = page.getByRole('region', { name: 'About this lesson' });
  await expect(details.getByText('Speaker', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Build an Open/);
  await expect(page.getByText('构建开放共赢的数字领域国际合作格局', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'About this lesson' })).toBeHidden();
});
