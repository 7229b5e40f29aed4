import { expect, type Page, test } from '@playwright/test';
import { comeToVideo, LESSON_PATH } from './helpers';

// With the interface in Chinese, no view or error state shows an English sentence. The lesson's
// own English (its title, transcript, synopsis) is data and carries lang="en"; it is skipped.

/** Two Latin words in a row: the shortest English phrase. */
const ENGLISH_RUN = /[A-Za-z]{2,}[’',;:]?\s+[A-Za-z]{2,}/;

/** English that may stand in Chinese text, each with its reason. */
const ALLOWED = [
  // Lesson data in the player's label (课程视频：<title>), which has one lang for the whole.
  'Build an Open and Win-Win Pattern of International Cooperation in the Digital Domain',
  // A licence's name (the word look-up's dictionary is credited under it).
  'CC BY-SA',
];

/**
 * Each visible element's own text, and the names it is read by (aria-label, title, placeholder,
 * alt), where that text is not in English by its language.
 */
function englishOnScreen(page: Page) {
  return page.evaluate(
    ([pattern, allowed]) => {
      const run = new RegExp(pattern);
      const english = (text: string) =>
        run.test(allowed.reduce((t, a) => t.replaceAll(a, ''), text));
      const found: string[] = [];
      // Lesson text marks its own language; the page's <html lang> proves nothing.
      const inEnglish = (el: Element) => el.closest('body [lang]')?.getAttribute('lang') === 'en';
      for (const el of document.body.querySelectorAll('*')) {
        if (inEnglish(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
        const own = [...el.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('');
        const names = ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a));
        for (const text of [own, ...names])
          if (text && english(text)) found.push(`<${el.localName}> ${text.trim()}`);
      }
      return found;
    },
    [ENGLISH_RUN.source, ALLOWED] as const,
  );
}

async function expectNoEnglish(page: Page) {
  expect(await englishOnScreen(page)).toEqual([]);
}

// 中文 chosen in the site header, on the library, holds for the next pages.
test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('group', { name: 'Interface language' })
    .getByRole('button', { name: '中文' })
    .click();
  await expect(page.getByRole('heading', { name: '课程', level: 1 })).toBeVisible();
});

test('the library and an unknown page are in Chinese', async ({ page }) => {
  await expect(page.getByRole('link', { name: /Build an Open/ })).toBeVisible();
  await expectNoEnglish(page);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: '找不到此页面' })).toBeVisible();
  await expectNoEnglish(page);
});

test('the lesson page, each side panel, search and the shortcuts are in Chinese', async ({
  page,
}) => {
  await page.goto(LESSON_PATH);
  await expect(page.getByRole('region', { name: '文稿' })).toBeVisible();
  await comeToVideo(page);
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
  await expectNoEnglish(page);

  for (const name of ['术语表', '笔记', '讨论单', '导出']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('region', { name })).toBeVisible();
    await expectNoEnglish(page);
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('region', { name })).toBeHidden();
  }

  const search = page.getByRole('searchbox', { name: '搜索文稿' });
  await search.fill('digital');
  await expect(page.getByRole('list', { name: '搜索结果' })).toBeVisible();
  await expectNoEnglish(page);
  await search.fill('zzzzqqq');
  await expect(page.getByText('没有结果')).toBeVisible();
  await expectNoEnglish(page);
  await search.fill('');

  await page.getByRole('button', { name: '键盘快捷键' }).click();
  await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
  await expectNoEnglish(page);
});

test('bad link parameters are explained in Chinese', async ({ page }) => {
  await page.goto(`${LESSON_PATH}?src=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.getByText(/^只能打开 http 和 https 视频地址/)).toBeVisible();
  await expectNoEnglish(page);
  await page.goto(`${LESSON_PATH}?t=later`);
  // The link's time applies, and its notice shows, once the video knows its length.
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
  await expect(page.getByText(/^无法读取链接中的时间/)).toBeVisible();
  await expectNoEnglish(page);
});

test('an unknown lesson and a lesson file that fails validation are explained in Chinese', async ({
  page,
}) => {
  await page.goto('/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { name: '找不到课程' })).toBeVisible();
  await expectNoEnglish(page);

  await page.route('**/data/lessons/digital-china-12.json', async (route) => {
    const response = await route.fetch();
    const lesson = await response.json();
    lesson.passages[3].start = 5;
    delete lesson.speaker;
    lesson.published = 'last spring';
    await route.fulfill({ response, json: lesson });
  });
  await page.goto(LESSON_PATH);
  await expect(page.getByRole('heading', { name: '本课数据无效' })).toBeVisible();
  await expect(page.getByText('speaker：缺少此字段')).toBeVisible();
  await expect(page.getByText('published：应为 YYYY-MM-DD 格式的日期')).toBeVisible();
  await expectNoEnglish(page);
});

test('a video that fails is explained in Chinese', async ({ page }) => {
  await page.route('**/media/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(LESSON_PATH);
  await comeToVideo(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('视频无法播放');
  await expect(alert).toContainText('视频无法加载：找不到文件，或不支持其格式。');
  await expectNoEnglish(page);
});

test('the check finds English where there is some', async ({ page }) => {
  await page.goto(LESSON_PATH);
  await expect(page.getByRole('region', { name: '文稿' })).toBeVisible();
  await page.evaluate(() => {
    const note = document.createElement('p');
    note.textContent = 'Nothing here yet';
    document.querySelector('main')!.append(note);
  });
  expect(await englishOnScreen(page)).toEqual(['<p> Nothing here yet']);
});
