import { expect, test, type Page } from '@playwright/test';

const FIXTURES = 'src/features/lesson-maker/fixtures';
const VIDEO = 'public/media/digital-china-12.webm';

/** Adds the bilingual fixture through "Add a lesson" and waits for its page. */
async function addLesson(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  const form = page.getByRole('dialog', { name: 'Add a lesson' });
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/bilingual-lines.srt`);
  await form.getByLabel('Video', { exact: true }).setInputFiles(VIDEO);
  await form.getByLabel('Title', { exact: true }).fill('Words made here');
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/lessons\/words-made-here$/);
}

const chineseText = (page: Page, hasText: string) =>
  page
    .getByRole('region', { name: 'Transcript' })
    .getByRole('group', { name: /Chinese text/ })
    .filter({ hasText });

test('a lesson added in the browser has its words looked up: the card shows CC-CEDICT’s pinyin and senses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await addLesson(page);
  await expect(chineseText(page, '机遇')).toBeVisible();
  // The dictionary is not loaded with the page, nor for the bundled lessons' library.
  expect(requested.filter((path) => /cedict/.test(path))).toEqual([]);

  // The first click: the words are computed (the dictionary fetched), then its card opens.
  const text = chineseText(page, '这给各国带来了新的机遇');
  await text.hover({ position: { x: 2, y: 2 } });
  await text.getByText('机遇', { exact: true }).click();
  const card = page.getByRole('dialog', { name: '机遇', exact: true });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText('jī yù');
  await expect(card).toContainText('opportunity; favorable turn of events; stroke of luck');
  await expect(card).toContainText('機遇');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Another passage's word, from the same dictionary, fetched once.
  const other = chineseText(page, '共同的标准');
  await other.getByText('标准', { exact: true }).click();
  const second = page.getByRole('dialog', { name: '标准', exact: true });
  await expect(second).toContainText('biāo zhǔn');
  await expect(second).toContainText('standard; norm; criterion');
  expect(requested.filter((path) => /\/assets\/cedict-[\w-]+\.txt$/.test(path))).toHaveLength(1);
  expect(requested).toContain('/words/words-made-here.json');
  // Read and computed off the page's thread, by one worker for both look-ups.
  expect(workers.filter((path) => /device-words/.test(path))).toHaveLength(1);
});
