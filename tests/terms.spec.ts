import { expect, test, type Page } from '@playwright/test';
import lesson from '../data/lessons/digital-china-12.json' with { type: 'json' };
import { mediaTime, openLesson, passages } from './helpers';

const transcript = (page: Page) => page.getByRole('region', { name: 'Transcript' });
const footnoted = lesson.terms.filter((t) => t.footnote !== null);

test.describe('key terms', () => {
  test('every footnoted definition opens from its occurrences in both languages', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    for (const term of footnoted) {
      for (const language of ['en', 'zh'] as const) {
        const mark = transcript(page)
          .locator(`[data-term="${term.id}"]`)
          .filter({
            has: page.locator(
              `xpath=self::*[ancestor::*[@lang="${language === 'zh' ? 'zh-Hans' : 'en'}"]]`,
            ),
          });
        const first = mark.first();
        await first.scrollIntoViewIfNeeded();
        await first.click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog).toContainText(term.definition!);
        await expect(dialog).toContainText(`Footnote ${term.footnote}`);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    }
  });

  test('a mark is a button named as written, with dialog popup state', async ({ page }) => {
    await openLesson(page);
    // Footnote numbers are drawn, not text: the passage copies verbatim.
    await expect(passages(page).first().locator('[lang="zh-Hans"]')).toHaveText(
      lesson.passages[0]!.zh,
    );
    const drawn = await passages(page)
      .first()
      .locator('sup')
      .first()
      .evaluate((sup) => getComputedStyle(sup, '::before').content);
    expect(drawn).toBe('"1"');
    const mark = transcript(page).getByRole('button', { name: 'systemic planning', exact: true });
    await expect(mark).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(mark).toHaveAttribute('aria-expanded', 'false');
    await mark.click();
    await expect(mark).toHaveAttribute('aria-expanded', 'true');
    const dialog = page.getByRole('dialog', { name: /systemic planning/ });
    await expect(dialog).toContainText('统筹谋划');
    await expect(dialog).toContainText('Economic Daily, January 24, 2022');
    // Clicking a term does not seek: the reader is reading, not jumping.
    expect(await mediaTime(page)).toBe(0);
    await page.mouse.click(5, 5);
    await expect(dialog).toBeHidden();
  });

  test('hover opens after a delay, stays open into the popover, pairs the other language', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    const row = passages(page).nth(6);
    const english = row.getByRole('button', { name: 'systemic planning', exact: true });
    await english.scrollIntoViewIfNeeded();
    await english.hover();
    const chinese = row.locator('[lang="zh-Hans"] [data-term="systemic-planning"]');
    await expect(chinese).toHaveAttribute('data-paired', 'true');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 12, { steps: 8 });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await expect(dialog).toBeVisible();
    const onScreen = await dialog.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
    });
    expect(onScreen).toBe(true);
    await page.mouse.move(5, 5);
    await expect(dialog).toBeHidden();
    await expect(chinese).not.toHaveAttribute('data-paired');
  });

  test('keyboard: Enter opens, Escape closes and focus returns to the term', async ({ page }) => {
    await openLesson(page);
    const mark = transcript(page).getByRole('button', { name: '统筹谋划' }).first();
    await mark.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /统筹谋划/ });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(mark).toBeFocused();
  });

  test('the glossary lists every term, filters, and seeks to occurrences', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openLesson(page);
    await page.getByRole('button', { name: 'Glossary' }).click();
    const glossary = page.getByRole('region', { name: 'Glossary' });
    const entries = glossary.getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(entries).toHaveCount(lesson.terms.length);
    await expect(entries.first().getByRole('heading')).toContainText(
      'digital governance ecosystem',
    );
    await expect(entries.nth(6).getByRole('heading')).toContainText('space for international');
    await glossary.getByRole('searchbox', { name: 'Filter terms' }).fill('丝路');
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText('Silk Road E-Commerce');
    await entries.first().getByRole('button', { name: 'Go to 06:02, English' }).click();
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(362);
    await glossary.getByRole('button', { name: 'Close glossary' }).click();
    await expect(glossary).toBeHidden();
  });
});

test.describe('key terms on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });

  test('tapping a term opens its popover on screen; tapping outside closes it', async ({
    page,
  }) => {
    await openLesson(page);
    const mark = transcript(page).getByRole('button', { name: '数字治理生态' }).first();
    await mark.tap();
    const dialog = page.getByRole('dialog', { name: /digital governance ecosystem/ });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.touchscreen.tap(360, 60);
    await expect(dialog).toBeHidden();
  });
});
