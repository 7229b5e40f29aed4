import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseLesson } from '@/domain/lesson-schema';
import { LONG_LESSON_ID, makeLongLesson } from '../scripts/bench/bench-lesson';
import { currentPassages, passages, playMuted, startPlayer } from './helpers';

/**
 * A 10,000-passage lesson (Lesson 12's passages repeated over its own video, each numbered): the
 * transcript renders only the rows near the view, and still follows, searches, opens terms and
 * offers every passage to assistive technology.
 */
const COUNT = 10_000;
const source = parseLesson(
  JSON.parse(readFileSync('data/lessons/digital-china-12.json', 'utf8')) as unknown,
);
const lesson = makeLongLesson(source, COUNT);
const body = JSON.stringify(lesson);

test.describe.configure({ timeout: 300_000 });

async function openLong(page: Page, height = 900) {
  await page.setViewportSize({ width: 1440, height });
  await page.route(`**/data/lessons/${LONG_LESSON_ID}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(`/lessons/${LONG_LESSON_ID}`);
  // Loading time is the bench's business (npm run bench); a busy machine may take a while.
  await expect(passages(page).first()).toBeVisible({ timeout: 60_000 });
}

const pane = (page: Page) => page.locator('.transcript-scroll');

/** Whether passage i's row is in the document and inside the transcript's visible pane. */
function rowInView(page: Page, index: number) {
  return page.evaluate((i) => {
    const view = document.querySelector('.transcript-scroll')!.getBoundingClientRect();
    const row = document.querySelector(`.transcript-scroll li[aria-posinset="${i + 1}"]`);
    if (!row) return false;
    const box = row.getBoundingClientRect();
    return box.top >= view.top - 1 && box.top < view.bottom;
  }, index);
}

test('renders the rows in view, each saying where it stands among all 10,000', async ({ page }) => {
  await openLong(page);
  const count = await passages(page).count();
  expect(count).toBeGreaterThan(3);
  expect(count).toBeLessThan(60);
  await expect(passages(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(passages(page).first()).toHaveAttribute('aria-setsize', String(COUNT));
});

test('a problem far down the file, found by the whole check after the first screen, is named', async ({
  page,
}) => {
  const broken = structuredClone(lesson);
  broken.passages[9_500]!.en = '';
  await page.setViewportSize({ width: 1440, height: 900 });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route(`**/data/lessons/${LONG_LESSON_ID}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.goto(`/lessons/${LONG_LESSON_ID}`);
  await expect(page.getByRole('heading', { name: 'This lesson’s data is invalid' })).toBeVisible({
    timeout: 60_000,
  });
  const field = page.getByText('passages.9500.en', { exact: true });
  await expect(field.locator('xpath=ancestor::li[1]')).toHaveText(
    'passages.9500.en: must not be empty',
  );
  // Checked in a worker of the page's own, off the thread that draws it.
  expect(workers).toEqual([expect.stringMatching(/lesson-check/)]);
});

test('follows playback across a passage boundary, far down the lesson', async ({ page }) => {
  await openLong(page);
  await startPlayer(page);
  // Passages here last 55 ms each (10,000 over the 553 s video).
  const index = 7_000;
  await page.evaluate((t) => {
    document.querySelector('video')!.currentTime = t;
  }, lesson.passages[index]!.start + 0.02);
  await expect(currentPassages(page)).toHaveAttribute('aria-posinset', String(index + 1));
  await expect.poll(() => rowInView(page, index)).toBe(true);
  await playMuted(page);
  const current = async () => Number(await currentPassages(page).getAttribute('aria-posinset'));
  await expect.poll(current).toBeGreaterThan(index + 1);
  await page.evaluate(() => document.querySelector('video')!.pause());
  await expect.poll(async () => rowInView(page, (await current()) - 1)).toBe(true);
  await expect(page.getByRole('button', { name: 'Back to current passage' })).toHaveCount(0);
});

test('seek after seek while paused, each passage is brought into view, glide or not', async ({
  page,
}) => {
  // The bench's sequence at 1280×800 (scripts/bench/large-lesson.ts changeTargets), which once
  // left the view short of the passage: rows measured as they entered the document corrected
  // the scroll at once and cut following's glide short.
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLong(page, 800);
  await startPlayer(page);
  // Glides of 37 passages (within 10 views), then jumps far down.
  const targets = [...Array.from({ length: 10 }, (_, k) => 11 + 37 * k), 4_000, 4_037, 9_000];
  for (const index of targets) {
    await page.evaluate((t) => {
      const video = document.querySelector('video')!;
      video.pause();
      video.currentTime = t;
    }, lesson.passages[index]!.start + 0.01);
    await expect.poll(() => rowInView(page, index), { timeout: 5_000 }).toBe(true);
    await expect(currentPassages(page)).toHaveAttribute('aria-posinset', String(index + 1));
  }
  await expect(page.getByRole('button', { name: 'Back to current passage' })).toHaveCount(0);
});

test('search reaches a passage far below, whose key term then opens', async ({ page }) => {
  await openLong(page);
  const target = 9_140;
  expect(await rowInView(page, target)).toBe(false);
  await expect(page.locator(`li[aria-posinset="${target + 1}"]`)).toHaveCount(0);
  await page.getByRole('searchbox', { name: /search/i }).fill(`[${target + 1}]`);
  await page.keyboard.press('Enter');
  const row = page.locator(`li[aria-posinset="${target + 1}"]`);
  await expect(row.locator('mark[data-active]')).toBeVisible();
  await expect.poll(() => rowInView(page, target)).toBe(true);
  // Passage 9,141 is Lesson 12's passage 2 (9,140 = 457 × 20), whose Chinese names a key term.
  const term = row.locator('[lang="zh-Hans"] [role="button"][data-term]').first();
  const name = (await term.textContent())!;
  await term.click();
  await expect(page.getByRole('dialog', { name: new RegExp(name) })).toBeVisible();
});

test('printing a lesson of 400 passages puts every passage on paper, in order', async ({
  page,
}) => {
  const printed = makeLongLesson(source, 400);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.route(`**/data/lessons/${LONG_LESSON_ID}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(printed) }),
  );
  await page.goto(`/lessons/${LONG_LESSON_ID}`);
  await expect(passages(page).first()).toBeVisible({ timeout: 60_000 });
  expect(await passages(page).count()).toBeLessThan(100);
  // What the rows are when the browser lays out the printout: read in the page's own
  // beforeprint listener, which runs after the app's (the app's was added first).
  await page.evaluate(() => {
    const onPaper = window as unknown as { __printed?: string[] };
    window.addEventListener('beforeprint', () => {
      onPaper.__printed = [...document.querySelectorAll('li.passage')].map((row) =>
        row.getAttribute('aria-posinset')!,
      );
    });
  });
  // Chromium prints the page for a PDF as for Ctrl-P, with beforeprint and afterprint.
  await page.pdf({ path: test.info().outputPath('transcript.pdf') });
  const onPaper = await page.evaluate(
    () => (window as unknown as { __printed?: string[] }).__printed,
  );
  expect(onPaper).toEqual(Array.from({ length: 400 }, (_, i) => String(i + 1)));
  // After printing, the transcript renders the rows near the view again.
  await expect.poll(() => passages(page).count()).toBeLessThan(100);
});

test('Ctrl-F opens the transcript search, which finds what find-in-page cannot', async ({
  page,
}) => {
  await openLong(page);
  await pane(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: /search/i })).toBeFocused();
});

test('every passage is in the accessibility tree, in order, as the reader scrolls', async ({
  page,
}) => {
  // A tall window and the Chinese alone (shorter rows), so that the walk takes fewer steps.
  await openLong(page, 4000);
  await page
    .getByRole('group', { name: 'Transcript language' })
    .getByRole('button', { name: '中文' })
    .click();
  const client = await page.context().newCDPSession(page);
  await client.send('Accessibility.enable');
  const { root } = await client.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await client.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.transcript-scroll ol',
  });
  const seen = new Set<number>();
  const setSizes = new Set<string>();
  // The list items the accessibility tree holds now must be the rows in the document, one for
  // one; each row's position is its aria-posinset. (Batched: a call per row took minutes.)
  const readTree = async () => {
    const { nodes } = await client.send('Accessibility.queryAXTree', { nodeId, role: 'listitem' });
    const items = nodes.filter((n) => !n.ignored).map((n) => n.backendDOMNodeId!);
    const { nodeIds: fromTree } = await client.send('DOM.pushNodesByBackendIdsToFrontend', {
      backendNodeIds: items,
    });
    const { nodeIds: rows } = await client.send('DOM.querySelectorAll', {
      nodeId,
      selector: 'li[aria-posinset]',
    });
    expect([...fromTree].sort()).toEqual([...rows].sort());
    const positions = await pane(page).evaluate((el) =>
      [...el.querySelectorAll('li[aria-posinset]')].map((li) => [
        li.getAttribute('aria-posinset')!,
        li.getAttribute('aria-setsize')!,
      ]),
    );
    for (const [position, size] of positions) {
      seen.add(Number(position));
      setSizes.add(size!);
    }
  };
  for (;;) {
    await readTree();
    const done = await pane(page).evaluate((el) => {
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
      el.scrollTop += el.clientHeight;
      return new Promise<boolean>((settle) =>
        requestAnimationFrame(() => requestAnimationFrame(() => settle(false))),
      );
    });
    if (done) break;
  }
  await readTree();
  expect([...setSizes]).toEqual([String(COUNT)]);
  const missing = Array.from({ length: COUNT }, (_, i) => i + 1).filter((n) => !seen.has(n));
  expect(missing).toEqual([]);
});
