import { expect, test } from '@playwright/test';
import { mediaTime, openLesson, playMuted } from './helpers';

test('the built app runs under a strict CSP with no violations and no console errors', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });

  const response = await page.goto('/lessons/digital-china-12');
  const header = response!.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);

  await openLesson(page);
  await playMuted(page);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(0.5);
  await page.getByRole('button', { name: 'Play from 00:57' }).click();
  await expect(page.locator('.vjs-text-track-display')).toContainText('数据显示');
  await page.getByRole('button', { name: 'systemic planning', exact: true }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Glossary' })).toBeVisible();
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Notes' })).toBeVisible();
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  await page.getByRole('button', { name: 'Pinyin' }).click();
  await expect(page.locator('rt').first()).toBeVisible();
  // The icon font is served from our origin and used by the control bar.
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes('VideoJS') && f.status === 'loaded');
  });
  expect(fontLoaded).toBe(true);

  const violations = await page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
