/**
 * Screenshots of the running app at phone and desktop widths, light and dark, for looking at
 * (and for the README). Usage: start the app (npm start), then
 *   npm run screenshots -- [base-url] [out-dir]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const base = process.argv[2] ?? 'http://localhost:5173';
const out = process.argv[3] ?? 'screenshots';
const widths = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1440, height: 900 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const scheme of ['light', 'dark'] as const) {
  for (const size of widths) {
    const page = await browser.newPage({
      viewport: { width: size.width, height: size.height },
      colorScheme: scheme,
    });
    await page.goto(`${base}/lessons/digital-china-12`);
    await page.locator('.player-frame').hover();
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 2);
    await page.getByRole('button', { name: 'Play from 04:31' }).click();
    await page.evaluate(() => document.querySelector('video')!.pause());
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(out, `lesson-${size.name}-${scheme}.png`) });
    await page.goto(base);
    await page.waitForSelector('.lesson-card');
    await page.screenshot({ path: join(out, `library-${size.name}-${scheme}.png`) });
    await page.close();
  }
}
await browser.close();
console.log(`Screenshots written to ${out}/`);
