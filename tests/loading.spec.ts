import { expect, test, type Page } from '@playwright/test';
import { comeToVideo, LESSON_PATH, openLesson, passages, startPlayer } from './helpers';

/** The script files the page has fetched so far, by name without their hash. */
function scriptsFetched(page: Page) {
  const names = new Set<string>();
  page.on('response', (response) => {
    const match = /\/assets\/(.+)-[\w-]{8}\.js$/.exec(new URL(response.url()).pathname);
    if (match) names.add(match[1]!);
  });
  return names;
}

test('video.js and the video load when the viewer comes to the video; the popover code when a term is approached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const scripts = scriptsFetched(page);
  const media: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/media/')) media.push(request.url());
  });
  await page.goto(LESSON_PATH);
  await expect(passages(page)).toHaveCount(20);
  // A reader who only reads: nothing of the player comes.
  await page.waitForLoadState('networkidle');
  expect(scripts.has('create-player')).toBe(false);
  expect(media).toEqual([]);
  const start = page.getByRole('button', { name: 'Play the lesson video' });
  await expect(start).toBeVisible();

  await startPlayer(page);
  expect(scripts.has('create-player')).toBe(true);
  await expect(start).toBeHidden();
  expect(scripts.has('term-popover')).toBe(false);
  expect(scripts.has('pinyin')).toBe(false);

  const mark = passages(page)
    .nth(6)
    .getByRole('button', { name: 'systemic planning', exact: true });
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  await expect(page.getByRole('dialog', { name: /systemic planning/ })).toBeVisible();
  expect(scripts.has('term-popover')).toBe(true);
});

test('Tab onto a term opens nothing, Enter opens it, Tab goes into it, Tab again moves on and closes it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openLesson(page);
  const row = passages(page).nth(6);
  const mark = row.getByRole('button', { name: 'systemic planning', exact: true });
  // Focus the element before the mark, then reach the mark with the keyboard.
  await mark.evaluate((el) => {
    const all = [...document.querySelectorAll<HTMLElement>('[tabindex="0"], button, a[href]')];
    all[all.indexOf(el as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(mark).toBeFocused();
  const dialog = page.getByRole('dialog', { name: /systemic planning/ });
  await expect(mark).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(mark).toHaveAttribute('aria-expanded', 'true');
  const id = await dialog.getAttribute('id');
  await expect(mark).toHaveAttribute('aria-controls', id!);

  await page.keyboard.press('Tab');
  await expect(dialog).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog).toBeHidden();
  await expect(mark).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('li') !== null)).toBe(true);
});

test('a lesson page asked for a seek before video.js has loaded plays from there', async ({
  page,
}) => {
  // Hold the video.js chunk back, click a passage while it is missing, then let it through.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/create-player-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(LESSON_PATH);
  const row = passages(page).nth(10);
  await expect(row).toBeVisible();
  await expect(page.locator('video')).toHaveCount(0);
  // A passage's time wants the player: it is made, and plays from there once it is.
  await page.getByRole('button', { name: 'Play from 04:31' }).click();
  release();
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
  await expect
    .poll(() => page.evaluate(() => document.querySelector('video')!.currentTime))
    .toBeGreaterThanOrEqual(271);
  await expect(row).toHaveAttribute('aria-current', 'true');
});

test('the lesson page asks for its data from its HTML, once, and the app uses that answer', async ({
  page,
}) => {
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/data/lessons/digital-china-12.json')) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await openLesson(page);
  await expect(page.locator('link[rel="preload"][as="fetch"]')).toHaveAttribute(
    'href',
    '/data/lessons/digital-china-12.json',
  );
  expect(requests).toHaveLength(1);
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
});

/** Whether the page ever shows the lesson skeleton (the busy placeholder), from its start. */
async function watchSkeleton(page: Page) {
  await page.addInitScript(() => {
    const seen = { skeleton: false };
    (window as unknown as { __skeleton: typeof seen }).__skeleton = seen;
    new MutationObserver(() => {
      if (document.querySelector('[aria-busy="true"]')) seen.skeleton = true;
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => (window as unknown as { __skeleton: { skeleton: boolean } }).__skeleton);
}

/** Holds the app's script until `release`: the page as its HTML and style sheet make it. */
async function holdAppScript(page: Page) {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Holds the lesson's file until `answer`. */
async function holdLessonFile(page: Page) {
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/data/lessons/digital-china-12.json', async (route) => {
    await answered;
    await route.continue();
  });
  return answer;
}

/** The first rows' tops and heights in the window, px. */
const rowBoxes = (page: Page) =>
  passages(page).evaluateAll((rows) =>
    rows.slice(0, 6).map((row) => {
      const { top, height } = row.getBoundingClientRect();
      return { top, height };
    }),
  );

test('a lesson’s page shows the lesson before the app’s script has run, laid out where the app then puts it', async ({
  page,
}) => {
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const release = await holdAppScript(page);
    const skeleton = await watchSkeleton(page);
    // Not until `load`, which waits for the app's script.
    await page.goto(LESSON_PATH, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Build an Open/);
    await expect(passages(page)).toHaveCount(20);
    await expect(passages(page).first()).toBeVisible();
    await expect(passages(page).first()).toContainText('数字治理生态');
    const before = await rowBoxes(page);
    // One under another, as the app places them, not stacked at the top of the list.
    for (let i = 1; i < before.length; i++)
      expect(before[i]!.top).toBeGreaterThanOrEqual(before[i - 1]!.top + before[i - 1]!.height - 1);
    release();
    await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
    await expect(page.getByRole('button', { name: 'Add note' }).first()).toBeVisible();
    const after = await rowBoxes(page);
    // Nothing moves when the app takes over (its rows sit on whole pixels).
    after.forEach((box, i) => {
      expect(Math.abs(box.top - before[i]!.top)).toBeLessThanOrEqual(2);
      expect(Math.abs(box.height - before[i]!.height)).toBeLessThanOrEqual(1);
    });
    expect(await skeleton()).toEqual({ skeleton: false });
    await page.unrouteAll();
  }
});

test('a visit the first screen does not fit (a link to a time, a setting kept) sees only the app’s render', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  let release = await holdAppScript(page);
  await page.goto(`${LESSON_PATH}?t=90`, { waitUntil: 'commit' });
  // In the document, out of sight.
  const rows = page.locator('li.passage');
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toBeHidden();
  release();
  await expect(passages(page).first()).toBeVisible();
  await page.unrouteAll();

  await page.addInitScript(() => localStorage.setItem('tandem:v1:ui-language', '"zh"'));
  release = await holdAppScript(page);
  await page.goto(LESSON_PATH, { waitUntil: 'commit' });
  await expect(rows).toHaveCount(20);
  await expect(page.locator('h1')).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '构建开放共赢的数字领域国际合作格局',
  );
});

test('a returning visitor whose kept things do not show on this page gets the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => {
    // A setting switched and switched back, another lesson's sheet, a setting not shown here.
    localStorage.setItem('tandem:v1:ui-language', '"en"');
    localStorage.setItem(
      'tandem:v1:preferences',
      JSON.stringify({ language: 'both', captions: true, rate: 1, pinyin: false }),
    );
    localStorage.setItem('tandem:v1:sheet:another-lesson', '["p01"]');
    localStorage.setItem('tandem:v1:pause-on-lookup', 'false');
  });
  const release = await holdAppScript(page);
  await page.goto(LESSON_PATH, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Build an Open/);
  await expect(passages(page).first()).toBeVisible();
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
  await expect(passages(page).first()).toBeVisible();
});

test('with its data at hand, the lesson page’s first render is the transcript, with no skeleton before it', async ({
  page,
}) => {
  // A returning visitor (the first screen is not shown): the app's script waits until the
  // lesson's file has arrived, as it does on a fast connection.
  await page.addInitScript(() =>
    localStorage.setItem('tandem:v1:preferences', JSON.stringify({ pinyin: true })),
  );
  let lessonArrived: () => void = () => {};
  const arrived = new Promise<void>((resolve) => (lessonArrived = resolve));
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('/data/lessons/digital-china-12.json')) lessonArrived();
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  const skeleton = await watchSkeleton(page);
  await page.goto(LESSON_PATH);
  await expect(passages(page)).toHaveCount(20);
  await expect(passages(page).first()).toBeVisible();
  expect(await skeleton()).toEqual({ skeleton: false });
});

test('a slow lesson file: the page’s first screen stays until it arrives, with no skeleton', async ({
  page,
}) => {
  const answer = await holdLessonFile(page);
  const skeleton = await watchSkeleton(page);
  await page.goto(LESSON_PATH);
  await expect(passages(page).first()).toBeVisible();
  // Well past the wait after which a page without a first screen shows its skeleton.
  await page.waitForTimeout(1_000);
  await expect(page.locator('#root')).toHaveAttribute('data-first-screen');
  answer();
  await expect(page.locator('#root')).not.toHaveAttribute('data-first-screen');
  await expect(passages(page)).toHaveCount(20);
  expect(await skeleton()).toEqual({ skeleton: false });
});

test('a slow lesson file, for a visit without the first screen: the skeleton first, then the transcript', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('tandem:v1:preferences', JSON.stringify({ pinyin: true })),
  );
  const answer = await holdLessonFile(page);
  const skeleton = await watchSkeleton(page);
  await page.goto(LESSON_PATH);
  await expect(page.locator('[aria-busy="true"]')).toBeVisible();
  await expect(passages(page)).toHaveCount(0);
  answer();
  await expect(passages(page)).toHaveCount(20);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await skeleton()).toEqual({ skeleton: true });
});

test('a player chunk that fails to load says so, keeps the transcript, and loads on Try again', async ({
  page,
}) => {
  let failing = true;
  await page.route(/create-player-[\w-]+\.js$/, (route) =>
    failing ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto(LESSON_PATH);
  await comeToVideo(page);
  const alert = page.getByRole('alert').filter({ hasText: 'video player could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(passages(page)).toHaveCount(20);
  failing = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1);
  await expect(alert).toBeHidden();
});

test('from the keyboard: Tab to the video, Enter plays, and focus lands on the player, its controls next', async ({
  page,
}) => {
  await page.goto(LESSON_PATH);
  const start = page.getByRole('button', { name: 'Play the lesson video' });
  await expect(start).toBeVisible();
  // Reach it the way a keyboard user does, from the element before it.
  await start.evaluate((el) => {
    const all = [...document.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')];
    all[all.indexOf(el as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.querySelector('video')?.paused)).toBe(false);
  await expect(page.locator('.video-js')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.vjs-play-control')).toBeFocused();
});
