import { expect, test, type Locator, type Page } from '@playwright/test';
import { cueAt, LONGEST_CUES } from './caption-file';
import { readCaptionBox, readPinyinLayout } from './engines/page-state';
import { LESSON_PATH, openLesson, playMuted } from './helpers';

/**
 * The lesson on a phone, 375 × 800 with touch: everything fits the width, every control can be
 * reached, and nothing the student opens covers the playing picture or the switches.
 */
test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

const WIDTH = 375;

async function expectNoSidewaysScroll(page: Page, where: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width with ${where}`).toBe(WIDTH);
}

/** The control is inside the window's width and is what a tap at its centre reaches. */
async function expectTappable(control: Locator) {
  await expect(control).toBeVisible();
  const box = (await control.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  const reached = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  });
  expect(reached, `${await control.textContent()} is covered`).toBe(true);
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function switches(page: Page) {
  const group = page.getByRole('group', { name: 'Transcript language' });
  return [
    page.getByRole('button', { name: 'Pinyin', exact: true }),
    ...['English', '中文', 'Both'].map((name) => group.getByRole('button', { name, exact: true })),
  ];
}

test('every view and panel fits the width; the title shows; panels leave the switches free', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page, 'the library');

  await openLesson(page);
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toContainText('Build an Open');
  await expectTappable(title);
  await expectNoSidewaysScroll(page, 'the lesson');

  for (const control of switches(page)) {
    await control.click();
    await expectNoSidewaysScroll(page, `${await control.textContent()} pressed`);
    for (const other of switches(page)) await expectTappable(other);
  }

  const more = page.getByRole('button', { name: 'More', exact: true });
  for (const name of ['Glossary', 'Notes', 'About this lesson', 'Sheet', 'Export']) {
    const toggle = page.getByRole('button', { name, exact: true });
    if (!(await toggle.isVisible())) await more.click();
    await toggle.click();
    const panel = page.getByRole('region', { name });
    await expect(panel).toBeVisible();
    await expectNoSidewaysScroll(page, `the ${name} panel`);
    await expectTappable(panel.getByRole('button', { name: /^Close/ }));
    for (const control of switches(page)) await expectTappable(control);
    await panel.getByRole('button', { name: /^Close/ }).click();
    await expect(panel).toBeHidden();
  }
});

test('the title cut to one line is whole in About, with the series, speaker and synopsis', async ({
  page,
}) => {
  await openLesson(page);
  const title = page.getByRole('heading', { level: 1 });
  const cut = await title.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut, 'the title is longer than the phone is wide').toBe(true);
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'About this lesson', exact: true }).click();
  const about = page.getByRole('region', { name: 'About this lesson' });
  const whole = (await title.textContent())!;
  await expect(about.getByText(whole, { exact: true })).toBeVisible();
  await expect(about.locator('p[lang="zh-Hans"]').first()).toHaveText(/^构建开放共赢/);
  await expect(about.getByText('Digital China Construction Series')).toBeVisible();
  await expect(about.getByText('Speaker', { exact: true })).toBeVisible();
  await expectTappable(about.getByRole('button', { name: 'Close lesson details' }));
});

test('the tools that do not fit the row are behind More, each inside the window', async ({
  page,
}) => {
  await openLesson(page);
  for (const name of ['Captions', 'Glossary', 'Notes', 'More'])
    await expectTappable(page.getByRole('button', { name, exact: true }));
  // A touch screen has no keyboard: the shortcuts button is not offered there.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  const hidden = [
    'About this lesson',
    'Sheet',
    'Export',
    'Copy link at current time',
    'Open video file…',
  ];
  for (const name of hidden)
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  for (const name of hidden) await expectTappable(page.getByRole('button', { name, exact: true }));
  await expectTappable(page.getByRole('button', { name: 'Loop this passage' }));
  await expectTappable(page.getByRole('button', { name: 'Pause after each passage' }));
  await expectNoSidewaysScroll(page, 'More open');
  // Escape hides them again, from a tool it shows as from the button.
  await page.getByRole('button', { name: 'Sheet', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(page.getByRole('button', { name: 'More', exact: true })).toBeFocused();
  for (const name of hidden)
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
});

test('a notice takes its own strip and covers no control', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Copy link at current time', exact: true }).click();
  const notice = page.locator('.notice-area .toast');
  await expect(notice).toBeVisible();
  const covered = await page.evaluate(() => {
    const strip = document.querySelector('.notice-area')!.getBoundingClientRect();
    return [...document.querySelectorAll('button, input, [role="button"]')]
      .filter((el) => !el.closest('.notice-area'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return (
          r.top < strip.bottom && strip.top < r.bottom && !!hit && !!hit.closest('.notice-area')
        );
      })
      .map((el) => el.textContent);
  });
  expect(covered).toEqual([]);
  await expectNoSidewaysScroll(page, 'a notice');
});

test('a term opens as a sheet below the playing picture', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Play from 04:03' }).click();
  await playMuted(page);
  const term = page
    .getByRole('region', { name: 'Transcript' })
    .getByRole('button', { name: 'Digital Silk Road', exact: true })
    .first();
  await term.click();
  const dialog = page.getByRole('dialog', { name: /Digital Silk Road/ });
  await expect(dialog).toBeVisible();
  const [sheet, video] = await Promise.all([
    dialog.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    page.locator('.video-js').evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  ]);
  expect(video.bottom).toBeGreaterThan(0);
  expect(overlaps(sheet, video)).toBe(false);
  expect(sheet.right).toBeLessThanOrEqual(WIDTH);
  await expectNoSidewaysScroll(page, 'a term sheet');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a search shows its match in view, whole', async ({ page }) => {
  await openLesson(page);
  const box = page.getByRole('searchbox', { name: 'Search transcript' });
  await box.fill('数字丝绸之路');
  await box.press('Enter');
  await box.press('Enter');
  const active = page.locator('.passages mark[data-active]');
  await expect(active).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page, 'a search');
});

test('pinyin is readable, one reading over each character, neighbours apart, “ kept with its word', async ({
  page,
}) => {
  await page.goto(LESSON_PATH);
  await page.getByRole('button', { name: 'Pinyin', exact: true }).click();
  await expect(page.locator('rt').first()).toBeVisible();
  const readings = await page.evaluate(readPinyinLayout);
  expect(readings.readings).toBeGreaterThan(1000);
  expect(readings.smallest).toBeGreaterThanOrEqual(11);
  expect(readings.touching).toBe(0);
  expect(readings.misplaced).toBe(0);
  expect(readings.stranded, 'opening marks apart from their character').toBe(0);
  await expectNoSidewaysScroll(page, 'pinyin');
});

test('the progress-bar tooltip stays inside the player at both ends', async ({ page }) => {
  await openLesson(page);
  await page.getByRole('button', { name: 'Play from 00:57' }).click();
  await page.evaluate(() => document.querySelector('video')!.pause());
  const player = page.locator('.video-js');
  await player.hover();
  const bar = (await page.locator('.vjs-progress-holder').boundingBox())!;
  const frame = (await player.boundingBox())!;
  const tip = page.locator('.passage-marker-tip');
  for (const x of [bar.x + 1, bar.x + bar.width - 1]) {
    await page.mouse.move(x, bar.y + bar.height / 2);
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
  }
});

for (const width of [375, 1440]) {
  test.describe(`at ${width} px`, () => {
    test.use({
      viewport: { width, height: width === WIDTH ? 800 : 900 },
      isMobile: width === WIDTH,
    });

    test('captions in Both cover at most a third of the picture, inside it, clear of the play button', async ({
      page,
    }) => {
      await openLesson(page);
      for (const time of LONGEST_CUES) {
        const lines = cueAt(time);
        expect(lines).toHaveLength(4);
        await page.evaluate((t) => {
          const media = document.querySelector('video')!;
          media.pause();
          media.currentTime = t;
        }, time);
        const cue = page.locator('.vjs-text-track-display .vjs-text-track-cue');
        await expect(cue).toHaveText(lines.join('\n'));
        const measured = (await page.evaluate(readCaptionBox))!;
        expect(measured.share).toBeLessThanOrEqual(1 / 3);
        expect(measured.inside).toBe(true);
        // Paused before the first play, the big play button is drawn over the picture.
        expect(measured.playButton).toBe('clear');
      }
    });
  });
}

test('writing a note, the note’s Done button is not under "Back to current passage"', async ({
  page,
}) => {
  await page.goto(`${LESSON_PATH}#t=04:31`);
  await expect(page.getByRole('region', { name: 'Transcript' })).toBeVisible();
  await page.getByRole('button', { name: 'More', exact: true }).click();
  const add = page.getByRole('button', { name: 'Add note for 04:31' });
  await add.scrollIntoViewIfNeeded();
  await add.click();
  const box = page.getByRole('textbox', { name: 'Note for 04:31' });
  await box.fill('Ask about the two environments');
  const done = page.getByRole('button', { name: 'Done with note for 04:31' });
  // The reader scrolls the box down to the bottom of the view, where the button floats.
  await done.evaluate((button) => {
    const view = button.closest<HTMLElement>('.transcript-scroll')!;
    const gap = view.getBoundingClientRect().bottom - button.getBoundingClientRect().bottom;
    view.scrollBy(0, 20 - gap);
  });
  // Following stopped: the button is in the document (hidden from everyone while typing).
  await expect(page.locator('.back-to-current')).toHaveCount(1);
  await expect(box).toBeFocused();
  await expectTappable(done);
});
