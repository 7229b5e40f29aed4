import { expect, test, type Page } from '@playwright/test';
import { openLesson, passages } from './helpers';

/**
 * Each part of the page that loads on demand, broken in turn: its chunk fails once (as offline),
 * the part says so where it would be, the rest of the page keeps working, and "Try again"
 * loads it.
 */
async function failOnce(page: Page, chunk: RegExp) {
  const state = { failing: true, attempts: 0 };
  await page.route(chunk, (route) => {
    state.attempts += 1;
    return state.failing ? route.abort('internetdisconnected') : route.continue();
  });
  return state;
}

async function pageStillWorks(page: Page) {
  await expect(passages(page)).toHaveCount(20);
  const languages = page.getByRole('group', { name: 'Transcript language' });
  // From the keyboard: an open panel may lie over the switch at this size.
  await languages.getByRole('button', { name: '中文' }).focus();
  await page.keyboard.press('Enter');
  await expect(passages(page).first().locator('[lang="en"]')).toHaveCount(0);
  await expect(passages(page).first()).toContainText('数');
}

test('the term popover', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const chunk = await failOnce(page, /term-popover-[\w-]+\.js$/);
  await openLesson(page);
  const mark = passages(page)
    .nth(6)
    .getByRole('button', { name: 'systemic planning', exact: true });
  await mark.click();
  const alert = page.getByRole('alert').filter({ hasText: 'The definition could not be loaded.' });
  await expect(alert).toBeVisible();
  chunk.failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('dialog', { name: /systemic planning/ })).toBeVisible();
  await expect(alert).toBeHidden();
  await page.keyboard.press('Escape');
  await pageStillWorks(page);
});

test('pinyin', async ({ page }) => {
  const chunk = await failOnce(page, /\/pinyin-[\w-]+\.js$/);
  await openLesson(page);
  await page.getByRole('button', { name: 'Pinyin' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Pinyin could not be loaded.' });
  await expect(alert).toBeVisible();
  await expect(page.locator('ruby')).toHaveCount(0);
  chunk.failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('rt').first()).toBeVisible();
  await expect(alert).toBeHidden();
  await pageStillWorks(page);
});

for (const [button, chunk] of [
  ['Glossary', /glossary-panel-[\w-]+\.js$/],
  ['Notes', /notes-panel-[\w-]+\.js$/],
  ['Export', /export-panel-[\w-]+\.js$/],
] as const) {
  test(`the ${button} panel`, async ({ page }) => {
    const route = await failOnce(page, chunk);
    await openLesson(page);
    await page.getByRole('button', { name: button, exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This panel could not be loaded.' });
    await expect(alert).toBeVisible();
    await pageStillWorks(page);
    route.failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('region', { name: button })).toBeVisible();
    await expect(alert).toBeHidden();
  });
}

test('the shortcuts dialog', async ({ page }) => {
  const chunk = await failOnce(page, /shortcuts-dialog-[\w-]+\.js$/);
  await openLesson(page);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'shortcuts could not be loaded' });
  await expect(alert).toBeVisible();
  await pageStillWorks(page);
  chunk.failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
