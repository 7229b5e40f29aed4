import { expect, test } from '@playwright/test';
import { currentPassages, mediaTime, openLesson, startPlayer } from './helpers';

const paused = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.querySelector('video')!.paused);

test('shortcuts play, seek, step passages, switch language and captions', async ({ page }) => {
  await openLesson(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('k');
  await expect.poll(() => paused(page)).toBe(false);
  await page.keyboard.press('k');
  await expect.poll(() => paused(page)).toBe(true);

  await page.keyboard.press(']');
  await expect(currentPassages(page)).toContainText('00:25');
  await page.keyboard.press(']');
  await expect(currentPassages(page)).toContainText('00:57');
  await page.keyboard.press('l');
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(66.5);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => mediaTime(page)).toBeLessThan(62.5);
  await page.keyboard.press('[');
  await expect(currentPassages(page)).toContainText('00:57');

  const group = page.getByRole('group', { name: 'Transcript language' });
  await page.keyboard.press('t');
  await expect(group.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const captions = page.getByRole('button', { name: 'Captions' });
  await page.keyboard.press('c');
  await expect(captions).toHaveAttribute('aria-pressed', 'false');
});

test('shortcuts do not fire while typing in a field', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Glossary' }).click();
  const box = page.getByRole('searchbox', { name: 'Filter terms' });
  await box.click();
  await page.keyboard.type('k jl[]tc?');
  await expect(box).toHaveValue('k jl[]tc?');
  expect(await paused(page)).toBe(true);
  expect(await mediaTime(page)).toBe(0);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Both' })).toHaveAttribute('aria-pressed', 'true');
});

test('? opens the shortcuts dialog, where they can be turned off', async ({ page }) => {
  await openLesson(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Single-key shortcuts on' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('k');
  await page.waitForTimeout(300);
  expect(await paused(page)).toBe(true);
  await page.reload();
  await startPlayer(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('k');
  await page.waitForTimeout(300);
  expect(await paused(page)).toBe(true);
});
