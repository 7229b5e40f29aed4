import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openLesson, passages } from './helpers';

const NOTES_KEY = 'tandem:v1:notes:digital-china-12';

async function addNote(page: Page, time: string, text: string) {
  await page.getByRole('button', { name: `Add note for ${time}` }).click();
  await page.getByRole('textbox', { name: `Note for ${time}` }).fill(text);
}

test('notes are saved as typed and survive a reload, in the rows and the Notes panel', async ({
  page,
}) => {
  await openLesson(page);
  await addNote(page, '04:31', 'Ask: who are the “multiple actors”?');
  await addNote(page, '00:57', 'Compare 2011 and 2021 figures.');
  await page.reload();
  await expect(passages(page).nth(10)).toContainText('Ask: who are the “multiple actors”?');
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Notes' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Compare 2011');
  await expect(items.nth(1)).toContainText('multiple actors');
});

test('corrupted notes storage is kept aside with a notice', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"notes":[{oops');
      sessionStorage.setItem('seeded', '1');
    }
  }, NOTES_KEY);
  await openLesson(page);
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('kept aside');
  const backups = await page.evaluate(
    (key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)),
    NOTES_KEY,
  );
  expect(backups).toHaveLength(1);
  expect(await page.evaluate((k) => localStorage.getItem(k), backups[0]!)).toBe(
    '{"version":1,"notes":[{oops',
  );
});

test('a bad import file is refused with the reason and nothing is overwritten', async ({
  page,
}) => {
  await openLesson(page);
  await addNote(page, '00:25', 'Keep me.');
  await page.getByRole('button', { name: 'Notes', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Notes' });
  await panel.locator('input[type="file"]').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 7, "notes": "no"}'),
  });
  await expect(panel.getByRole('alert')).toBeVisible();
  await expect(panel).toContainText('Keep me.');
});

test('the exported WebVTT parses in the browser into the caption track’s sentence cues', async ({
  page,
}) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download WebVTT (bilingual)' }).click(),
  ]);
  const vtt = readFileSync((await download.path())!, 'utf8');
  const cues = await page.evaluate(async (text) => {
    const media = document.createElement('video');
    const track = document.createElement('track');
    track.kind = 'subtitles';
    track.src = URL.createObjectURL(new Blob([text], { type: 'text/vtt' }));
    track.default = true;
    media.append(track);
    document.body.append(media);
    track.track.mode = 'hidden';
    await new Promise((resolve, reject) => {
      track.addEventListener('load', resolve);
      track.addEventListener('error', reject);
    });
    return [...track.track.cues!].map((c) => [c.startTime, c.endTime]);
  }, vtt);
  // The same sentence cues as the player's bilingual caption track, in order, from the first
  // passage's start to the lesson's end, each passage starting a cue.
  const track = readFileSync('public/captions/digital-china-12.both.vtt', 'utf8');
  expect(cues).toHaveLength(track.split('-->').length - 1);
  expect(cues[0]![0]).toBe(25);
  expect(cues.at(-1)![1]).toBe(553);
  for (const [i, [start, end]] of cues.entries()) {
    expect(end).toBeGreaterThan(start!);
    if (i > 0) expect(start).toBeGreaterThanOrEqual(cues[i - 1]![1]!);
  }
  const starts = new Set(cues.map(([start]) => start));
  for (const passageStart of [25, 57, 271, 520]) expect(starts.has(passageStart)).toBe(true);
});

test('a discussion sheet prints the chosen passages with their terms and notes', async ({
  page,
}) => {
  await openLesson(page);
  await passages(page).nth(6).getByRole('button', { name: 'Add to sheet' }).click();
  await passages(page).nth(1).getByRole('button', { name: 'Add to sheet' }).click();
  await addNote(page, '03:23', 'Discuss the two bottlenecks.');
  await page.getByRole('button', { name: 'Sheet', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Discussion sheet' })).toContainText('03:23');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet).toContainText('Build an Open and Win-Win Pattern');
  const text = (await sheet.innerText()).replace(/\s+/g, ' ');
  expect(text.indexOf('00:57')).toBeLessThan(text.indexOf('03:23'));
  expect(text).toContain('数据显示');
  expect(text).toContain('Discuss the two bottlenecks.');
  expect(text).toContain('Literally “coordinated planning”');
  expect(text).toContain('#t=03:23,03:35');
  await page.pdf({ path: test.info().outputPath('sheet.pdf') });
});

test('printing the lesson page prints its whole transcript in flow, without the player', async ({
  page,
}) => {
  await openLesson(page);
  await expect(passages(page)).toHaveCount(20);
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('.transcript-scroll')!;
    const rows = [...document.querySelectorAll<HTMLElement>('li.passage')].map((row) =>
      row.getBoundingClientRect(),
    );
    return {
      clipped: scroller.scrollHeight > scroller.clientHeight + 1,
      // Each row starts where the one before it ends: in flow, not placed over one another.
      inFlow: rows.every((row, i) => i === 0 || row.top >= rows[i - 1]!.bottom - 1),
      lastBottom: rows.at(-1)!.bottom,
      pageHeight: document.documentElement.scrollHeight,
      windowHeight: window.innerHeight,
      player: document.querySelector('.player-frame')?.getClientRects().length ?? 0,
    };
  });
  expect(layout.clipped).toBe(false);
  expect(layout.inFlow).toBe(true);
  // The page grows to hold every row, far past one window's height.
  expect(layout.lastBottom).toBeGreaterThan(3 * layout.windowHeight);
  expect(layout.pageHeight).toBeGreaterThanOrEqual(Math.floor(layout.lastBottom));
  expect(layout.player).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // On A4 (794 px wide, where the screen would show a phone's one-line title), in a dark scheme:
  // the whole heading, no site bar, times as labels, dark ink on white.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeVisible();
  expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.getByText('构建开放共赢的数字领域国际合作格局', { exact: true })).toBeVisible();
  await expect(page.getByText('Digital China Construction Series')).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  const looks = await page.evaluate(() => {
    const channels = (color: string) => color.match(/\d+/g)!.slice(0, 3).map(Number);
    const time = getComputedStyle(document.querySelector('.passage-time')!);
    return {
      ink: Math.max(...channels(getComputedStyle(document.body).color)),
      timeBorder: time.borderTopWidth,
    };
  });
  expect(looks.ink, 'text colour channels').toBeLessThan(100);
  expect(looks.timeBorder).toBe('0px');
});
