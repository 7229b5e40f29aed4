import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import lesson from '../data/lessons/digital-china-12.json' with { type: 'json' };
import { LESSON_PATH, mediaTime, openLesson, playMuted } from './helpers';

/** The word file as the app fetches it, read at test time: samples come from the data. */
interface WordFile {
  entries: { simplified: string; pinyin: string; senses: string[]; source: string }[];
  passages: { id: string; words: [number, number, number][] }[];
}
const wordFile = JSON.parse(
  readFileSync(new URL('../public/words/digital-china-12.json', import.meta.url), 'utf8'),
) as WordFile;

const termForms = new Set(lesson.terms.flatMap((t) => [t.zh, ...t.aliases.zh]));
const entriesByWord = new Map<string, number>();
for (const entry of wordFile.entries)
  entriesByWord.set(entry.simplified, (entriesByWord.get(entry.simplified) ?? 0) + 1);

/**
 * Words of the lesson with a CC-CEDICT entry, one reading in the lesson, not a key term nor
 * inside one, found once in their passage: every seventh such word, so the sample spreads over
 * the lesson and changes when the data does.
 */
function sampleWords() {
  const found: { passage: number; word: string; pinyin: string; sense: string }[] = [];
  wordFile.passages.forEach(({ words }, passage) => {
    const zh = lesson.passages[passage]!.zh;
    for (const [start, end, index] of words) {
      const entry = wordFile.entries[index]!;
      const word = zh.slice(start, end);
      if (entry.source !== 'cedict' || word.length < 2 || entriesByWord.get(word) !== 1) continue;
      if ([...termForms].some((form) => form.includes(word))) continue;
      if (zh.indexOf(word) !== zh.lastIndexOf(word)) continue;
      found.push({ passage, word, pinyin: entry.pinyin, sense: entry.senses[0]! });
    }
  });
  return found.filter((_, i) => i % 7 === 3).slice(0, 6);
}

const chineseText = (page: Page, passage: number) =>
  page
    .getByRole('region', { name: 'Transcript' })
    .getByRole('group', { name: /Chinese text/ })
    .nth(passage);

/** Where a word is on screen, from the text itself: before the words arrive there is no word element. */
async function pointAt(page: Page, passage: number, word: string): Promise<[number, number]> {
  const text = chineseText(page, passage);
  await text.scrollIntoViewIfNeeded();
  return text.evaluate((element, word) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const box = range.getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
    }
    throw new Error(`${word} not found`);
  }, word);
}

/** Points at the passage's Chinese, as a reader's pointer would, then clicks the word. */
async function clickWord(page: Page, passage: number, word: string) {
  await chineseText(page, passage).scrollIntoViewIfNeeded();
  await chineseText(page, passage).hover({ position: { x: 2, y: 2 } });
  // Passing over, not resting: a key term there would open its popover after a while.
  await page.mouse.move(0, 0);
  const target = chineseText(page, passage).getByText(word, { exact: true });
  await target.scrollIntoViewIfNeeded();
  await target.click();
}

test.describe('word look-up', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('clicking a word opens a card named by it with its CC-CEDICT pinyin and English', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(LESSON_PATH);
    await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
    // Not with the page: the word file waits for the first approach to a word.
    expect(requested).not.toContain('/words/digital-china-12.json');

    const samples = sampleWords();
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const { passage, word, pinyin, sense } of samples) {
      await clickWord(page, passage, word);
      const card = page.getByRole('dialog', { name: word, exact: true });
      await expect(card).toBeVisible();
      await expect(card).toContainText(pinyin);
      await expect(card).toContainText(sense);
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
    }
    expect(requested.filter((path) => path.startsWith('/words/'))).toEqual([
      '/words/digital-china-12.json',
    ]);
    // A word is read, not jumped to: clicking it did not seek.
    expect(await mediaTime(page).catch(() => 0)).toBe(0);
  });

  test('the first click, before the words have arrived, opens the card of the word clicked', async ({
    page,
  }) => {
    // A slow network: the word file arrives well after the click.
    await page.route('**/words/*.json', async (route) => {
      await new Promise((done) => setTimeout(done, 800));
      await route.continue();
    });
    const { passage, word, pinyin } = sampleWords()[2]!;
    await page.goto(LESSON_PATH);
    await page.mouse.click(...(await pointAt(page, passage, word)));
    const card = page.getByRole('dialog', { name: word, exact: true });
    await expect(card).toContainText(pinyin);
    expect(await mediaTime(page).catch(() => 0)).toBe(0);
  });

  test('key terms keep their own popovers and footnotes', async ({ page }) => {
    await page.goto(LESSON_PATH);
    const term = lesson.terms.find((t) => t.footnote === 1)!;
    await chineseText(page, 0).hover();
    const mark = chineseText(page, 0).getByRole('button', { name: term.zh, exact: true }).first();
    await mark.click();
    const popover = page.getByRole('dialog');
    await expect(popover).toContainText(term.definition!);
    await expect(popover).toContainText('Footnote 1');
    await expect(page.getByRole('dialog', { name: term.zh, exact: true })).toHaveCount(0);
  });

  test('the keyboard reads a passage word by word and opens a word’s card', async ({ page }) => {
    await page.goto(LESSON_PATH);
    const text = chineseText(page, 0);
    await text.focus();
    await page.keyboard.press('Enter');
    const current = async () => {
      const id = await text.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"]`).textContent() : null;
    };
    await expect.poll(current).not.toBeNull();
    const first = await current();
    await page.keyboard.press('ArrowRight');
    await expect.poll(current).not.toBe(first);
    const second = (await current())!;
    // The next word after the first, past a key term between them (a term keeps its button).
    const zh = lesson.passages[0]!.zh;
    expect(zh.indexOf(second)).toBeGreaterThan(zh.indexOf(first!));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: second, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save word' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(text).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(text).not.toHaveAttribute('aria-activedescendant', /.+/);
  });

  test('a saved word survives a reload and is in the CSV export with its sentence', async ({
    page,
  }) => {
    const { passage, word, pinyin } = sampleWords()[0]!;
    await page.goto(LESSON_PATH);
    await clickWord(page, passage, word);
    await page.getByRole('button', { name: 'Save word' }).click();
    await expect(page.getByRole('button', { name: 'Save word' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.reload();
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    const list = page.getByRole('list', { name: 'Saved words' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText(word);
    await expect(list).toContainText(pinyin);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV (Anki)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const zh = lesson.passages[passage]!.zh;
    const sentence = zh
      .split(/(?<=[。！？；])/)
      .find((s) => s.includes(word))!
      .trim();
    const row = csv.split('\r\n').find((line) => line.startsWith(`${word},`));
    expect(row).toContain(pinyin);
    expect(row).toContain(sentence);
    expect(row).toMatch(/\/lessons\/digital-china-12#t=\d\d:\d\d/);
  });

  test('a card opened while playing pauses the lesson, and closing it plays on', async ({
    page,
  }) => {
    const { passage, word } = sampleWords()[0]!;
    await openLesson(page);
    await playMuted(page);
    const paused = () => page.evaluate(() => document.querySelector('video')!.paused);
    await clickWord(page, passage, word);
    await expect(page.getByRole('dialog', { name: word, exact: true })).toBeVisible();
    await expect.poll(paused).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(paused).toBe(false);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`no axe violations with a card open (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      const { passage, word } = sampleWords()[0]!;
      await page.goto(LESSON_PATH);
      await clickWord(page, passage, word);
      await expect(page.getByRole('dialog', { name: word, exact: true })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    });
});

test('on a phone the card is a sheet at the foot of the window, below the video', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const { passage, word, pinyin } = sampleWords()[1]!;
  await page.goto(LESSON_PATH);
  await clickWord(page, passage, word);
  const card = page.getByRole('dialog', { name: word, exact: true });
  await expect(card).toContainText(pinyin);
  const sheet = (await card.boundingBox())!;
  const video = (await page.locator('.player-frame').boundingBox())!;
  expect(sheet.x).toBe(0);
  expect(sheet.width).toBe(375);
  expect(Math.round(sheet.y + sheet.height)).toBe(800);
  expect(sheet.y).toBeGreaterThanOrEqual(video.y + video.height);
});

test.describe('when a part of the look-up cannot be loaded', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('the card’s code: the word says so, and Try again opens the card', async ({ page }) => {
    let failing = true;
    await page.route(/\/word-card-[\w-]+\.js(\?.*)?$/, (route) =>
      failing ? route.abort('internetdisconnected') : route.continue(),
    );
    const { passage, word } = sampleWords()[0]!;
    await page.goto(LESSON_PATH);
    await clickWord(page, passage, word);
    const alert = page.getByRole('alert').filter({ hasText: 'The word card could not be loaded.' });
    await expect(alert).toBeVisible();
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('dialog', { name: word, exact: true })).toBeVisible();
    await expect(alert).toBeHidden();
  });

  test('the word file: a notice says so, and the next look-up loads it', async ({ page }) => {
    let failing = true;
    await page.route('**/words/*.json', (route) =>
      failing ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    const { passage, word } = sampleWords()[0]!;
    await page.goto(LESSON_PATH);
    const text = chineseText(page, passage);
    await text.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('The words of this lesson could not be loaded.')).toBeVisible();
    failing = false;
    await page.mouse.click(...(await pointAt(page, passage, word)));
    await expect(page.getByRole('dialog', { name: word, exact: true })).toBeVisible();
  });

  test('the Words panel: it says so in its place, and Try again opens it', async ({ page }) => {
    let failing = true;
    await page.route(/\/words-panel-[\w-]+\.js(\?.*)?$/, (route) =>
      failing ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto(LESSON_PATH);
    await page.getByRole('button', { name: 'Words', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This panel could not be loaded.' });
    await expect(alert).toBeVisible();
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('region', { name: 'Words' })).toContainText('No saved words yet.');
  });
});
