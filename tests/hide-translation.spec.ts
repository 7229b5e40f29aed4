import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { currentPassages, LESSON_PATH } from './helpers';

const lesson = JSON.parse(readFileSync('data/lessons/digital-china-12.json', 'utf8')) as {
  passages: { en: string; zh: string }[];
};
/** The start of each passage's English: enough to tell them apart, whatever marks the rest. */
const ENGLISH = lesson.passages.map((p) => p.en.slice(0, 28));

const transcript = (page: Page) => page.getByRole('region', { name: 'Transcript' });

/** The passages whose English the page shows: rendered and not hidden by style. */
async function shownEnglish(page: Page) {
  const seen = await transcript(page).evaluate((el) => (el as HTMLElement).innerText);
  return ENGLISH.filter((text) => seen.includes(text));
}

async function openAndHide(page: Page) {
  await page.goto(LESSON_PATH);
  await expect(transcript(page)).toBeVisible();
  expect(await shownEnglish(page)).toEqual(ENGLISH);
  const toggle = page.getByRole('button', { name: 'Hide translation' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

test('covers the English of every passage and uncovers exactly one on request', async ({
  page,
}) => {
  await openAndHide(page);
  expect(await shownEnglish(page)).toEqual([]);
  // Not merely out of sight: not on the page for a screen reader either.
  const everything = (await transcript(page).textContent()) ?? '';
  expect(ENGLISH.filter((text) => everything.includes(text))).toEqual([]);
  const covers = transcript(page).getByRole('button', { name: 'Show translation' });
  await expect(covers).toHaveCount(lesson.passages.length);

  await covers.nth(1).click();
  expect(await shownEnglish(page)).toEqual([ENGLISH[1]]);
  await covers.nth(4).click(); // the fifth of those still covered: the sixth passage
  expect(await shownEnglish(page)).toEqual([ENGLISH[5]]);
  await expect(covers).toHaveCount(lesson.passages.length - 1);
  // Uncovering is not a click on the passage: nothing seeks there.
  await page.waitForTimeout(1000);
  await expect(currentPassages(page)).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(covers).toHaveCount(lesson.passages.length);
  expect(await shownEnglish(page)).toEqual([]);
});

test('Tab uncovers each passage in turn, focus staying on the text it shows', async ({ page }) => {
  await openAndHide(page);
  await transcript(page).getByRole('button', { name: 'Play from 00:25' }).focus();
  // Past the first passage's key terms to its cover.
  await tabUntilShown(page, ENGLISH[0]!);
  expect(await shownEnglish(page)).toEqual([ENGLISH[0]]);
  const focused = await page.evaluate(() => (document.activeElement as HTMLElement).innerText);
  expect(focused).toContain(ENGLISH[0]);
  // On through the passage's tools to the next one's cover: that one opens, this one closes.
  const steps = await tabUntilShown(page, ENGLISH[1]!);
  expect(await shownEnglish(page)).toEqual([ENGLISH[1]]);
  expect(steps).toBeLessThan(20);
});

async function tabUntilShown(page: Page, text: string) {
  let steps = 0;
  while (steps < 40 && !(await shownEnglish(page)).includes(text)) {
    await page.keyboard.press('Tab');
    steps++;
  }
  return steps;
}

test('on a phone the toggle fits the header and a tap uncovers one passage', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 800 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openAndHide(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
  const box = (await page.getByRole('button', { name: 'Hide translation' }).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
  await transcript(page).getByRole('button', { name: 'Show translation' }).first().tap();
  expect(await shownEnglish(page)).toEqual([ENGLISH[0]]);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the translation hidden (${scheme})`, async ({ page }) => {
    // axe reads every node of a 20-passage bilingual page several times over.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openAndHide(page);
    await transcript(page).getByRole('button', { name: 'Show translation' }).nth(2).click();
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
}
