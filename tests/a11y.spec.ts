import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { comeToVideo, openLesson } from './helpers';

async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${state}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    // axe reads every node of a 20-passage bilingual page several times over.
    test.setTimeout(180_000);

    test('library and lesson views in every language mode have no axe violations', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: /Build an Open/ })).toBeVisible();
      await expectNoViolations(page, 'library');

      await openLesson(page);
      await page.getByRole('button', { name: 'Play from 04:31' }).click();
      await page.evaluate(() => document.querySelector('video')!.pause());
      const group = page.getByRole('group', { name: 'Transcript language' });
      for (const mode of ['English', '中文', 'Both']) {
        await group.getByRole('button', { name: mode }).click();
        await expectNoViolations(page, `lesson ${mode}`);
      }
      await page.getByRole('button', { name: 'Pinyin' }).click();
      await expect(page.locator('rt').first()).toBeVisible();
      await expectNoViolations(page, 'pinyin');
    });

    test('popover, panels and dialogs have no axe violations', async ({ page }) => {
      await openLesson(page);
      await page.getByRole('button', { name: 'systemic planning', exact: true }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'popover');
      await page.keyboard.press('Escape');

      await page.getByRole('searchbox', { name: 'Search transcript' }).fill('合作');
      await expectNoViolations(page, 'search');
      await page.getByRole('searchbox', { name: 'Search transcript' }).fill('');

      for (const panel of ['Glossary', 'Notes', 'Sheet', 'Export']) {
        await page.getByRole('button', { name: panel, exact: true }).click();
        await expectNoViolations(page, panel);
        await page.getByRole('button', { name: panel, exact: true }).click();
      }
      await page.getByRole('button', { name: 'Add note for 00:25' }).click();
      await expectNoViolations(page, 'note editor');

      await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await expectNoViolations(page, 'shortcuts dialog');
    });

    test('error views have no axe violations', async ({ page }) => {
      await page.goto('/lessons/no-such-lesson');
      await expect(page.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
      await expectNoViolations(page, 'not found');

      await page.route('**/data/lessons/digital-china-12.json', (route) =>
        route.fulfill({ json: { id: 'digital-china-12', passages: [] } }),
      );
      await page.goto('/lessons/digital-china-12');
      await expect(page.getByRole('heading', { name: /data is invalid/ })).toBeVisible();
      await expectNoViolations(page, 'invalid data');

      await page.unroute('**/data/lessons/digital-china-12.json');
      await page.route('**/media/**', (route) => route.fulfill({ status: 404 }));
      await page.goto('/lessons/digital-china-12');
      await comeToVideo(page);
      await expect(page.getByRole('alert')).toContainText('cannot be played');
      await expectNoViolations(page, 'video error');
    });
  });
}
