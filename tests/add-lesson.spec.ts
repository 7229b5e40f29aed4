import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { currentPassages, passages, playMuted, startPlayer } from './helpers';

const FIXTURES = 'src/features/lesson-maker/fixtures';
const VIDEO = 'public/media/digital-china-12.webm';
// Real subtitles nobody here wrote: video.js ships Elephants Dream's English captions.
const ELEPHANTS_DREAM = 'node_modules/video.js/dist/examples/elephantsdream/captions.en.vtt';

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Add a lesson' });
}

async function openForm(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

function previewRow(page: Page, name: 'First line' | 'Last line') {
  return dialog(page)
    .getByRole('region', { name: 'Preview' })
    .getByRole('row', { name: new RegExp(`^${name}`) });
}

/** Seeks the lesson's own video to `time` and plays it, muted, for a moment. */
async function playAt(page: Page, time: number) {
  await startPlayer(page);
  await page.evaluate((t) => (document.querySelector('video')!.currentTime = t), time);
  await playMuted(page);
}

test('a bilingual subtitle file and a video become a lesson on this device that plays, stays after a reload, and can be deleted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const form = await openForm(page);
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/bilingual-lines.srt`);
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('bilingual-lines');
  // Another choice of files renames a title filled in from a name, never one typed.
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/talk.zh.vtt`);
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('talk');
  await form.getByLabel('Title', { exact: true }).fill('My own title');
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/bilingual-lines.srt`);
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('My own title');
  await expect(form.getByLabel('Layout')).toHaveValue('bilingual-lines');
  await expect(form.getByLabel('Layout').locator('option:checked')).toHaveText(
    'One file, both languages in each cue (detected)',
  );
  await form.getByLabel('Video', { exact: true }).setInputFiles(VIDEO);
  await expect(
    form.getByLabel(/Keep a copy of the video on this device \(\d.* MB\)/),
  ).toBeChecked();
  await form.getByLabel('Title', { exact: true }).fill('Digital cooperation lecture');
  await form.getByLabel('Glossary (optional)').setInputFiles({
    name: 'terms.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Chinese,English,Definition\n数字经济,digital economy,"An economy built on data, networks and platforms."\n',
    ),
  });
  await expect(previewRow(page, 'First line')).toContainText('各位同学，大家好。');
  await expect(previewRow(page, 'First line')).toContainText('Hello, everyone.');
  await expect(previewRow(page, 'Last line')).toContainText('谢谢大家。');
  await expect(form.getByText(/^Passages: \d+ · Length: 09:1\d · Terms: 1$/)).toBeVisible();
  await form.getByRole('button', { name: 'Create lesson' }).click();

  await expect(page).toHaveURL(/\/lessons\/digital-cooperation-lecture$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital cooperation lecture');
  // Both languages in one row, verbatim.
  const first = passages(page).first();
  await expect(first).toContainText('各位同学，大家好。');
  await expect(first).toContainText('Hello, everyone.');
  await expect(passages(page).filter({ hasText: '这给各国带来了新的机遇。' })).toContainText(
    'which has brought new opportunities to every country.',
  );

  // Playing the saved video highlights the passage being spoken (cue 11 runs 47.5–50.5 s).
  await playAt(page, 48);
  await expect(currentPassages(page).first()).toContainText(
    '2023年，中国跨境电商进出口达到2.38万亿元。',
  );
  expect(await page.evaluate(() => document.querySelector('video')!.currentSrc)).toMatch(/^blob:/);
  // Captions are made in the page from the passages: the cue at 48 s shows over the video.
  await page.evaluate(() => document.querySelector('video')!.pause());
  const captionsToggle = page.getByRole('button', { name: 'Captions' });
  if ((await captionsToggle.getAttribute('aria-pressed')) !== 'true') await captionsToggle.click();
  await expect(page.locator('.vjs-text-track-display')).toContainText('2023年');
  // The glossary's term is marked and opens its definition.
  const term = page.getByRole('region', { name: 'Transcript' }).locator('[data-term]').first();
  await term.scrollIntoViewIfNeeded();
  await term.click();
  await expect(page.getByRole('dialog')).toContainText(
    'An economy built on data, networks and platforms.',
  );
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(passages(page).first()).toContainText('各位同学，大家好。');
  await page.goto('/');
  const onDevice = page.getByRole('region', { name: 'On this device' });
  const card = onDevice.getByRole('listitem').filter({ hasText: 'Digital cooperation lecture' });
  await expect(card).toContainText(/Size \d+(\.\d)? MB/);
  await card.getByRole('button', { name: 'Delete “Digital cooperation lecture”' }).click();
  await expect(card).toContainText('Delete “Digital cooperation lecture” from this device');
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(onDevice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Lessons', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'On this device' })).toHaveCount(0);
  await page.goto('/lessons/digital-cooperation-lecture');
  await expect(page.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
  await expect(page.getByText(/kept only on their device/)).toBeVisible();
});

for (const { name, files, layout, detected, zh, en } of [
  {
    name: 'each cue twice, once per language',
    files: [`${FIXTURES}/duplicated-cues.srt`],
    layout: 'duplicated-cues',
    detected: 'One file, each cue twice (once per language) (detected)',
    zh: '今天我们讲数字经济的国际合作。',
    en: 'Today we discuss international cooperation in the digital economy.',
  },
  {
    name: 'two files cut differently, paired by time',
    files: [`${FIXTURES}/lecture.zh.srt`, `${FIXTURES}/lecture.en.vtt`],
    layout: 'two-files',
    detected: 'Two files, one per language (detected)',
    zh: '今天我们讲数字经济的国际合作。',
    en: 'Today we discuss international cooperation in the digital economy.',
  },
  {
    name: 'English only (Elephants Dream)',
    files: [ELEPHANTS_DREAM],
    layout: 'one-language',
    detected: 'One language only (detected)',
    zh: '',
    en: 'At the left we can see...',
  },
]) {
  test(`subtitles in one more layout become a lesson: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const form = await openForm(page);
    await form.getByLabel('Subtitles').setInputFiles(files);
    await expect(form.getByLabel('Layout')).toHaveValue(layout);
    await expect(form.getByLabel('Layout').locator('option:checked')).toHaveText(detected);
    // Files of one video: no warning that the languages do not match.
    await expect(form.getByText(/^Cues: \d+ Chinese, \d+ English\./)).toBeVisible();
    await expect(form.getByText(/^Not matched in time/)).toHaveCount(0);
    await form.getByLabel('Video', { exact: true }).setInputFiles(VIDEO);
    await form.getByLabel('Title', { exact: true }).fill(`Layout ${layout}`);
    await form.getByRole('button', { name: 'Create lesson' }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/layout-${layout}$`));
    const row = passages(page).filter({ hasText: en }).first();
    await expect(row).toContainText(en);
    if (zh) await expect(row).toContainText(zh);
    // The Chinese column stays empty, and the lesson says why.
    else await expect(passages(page).first().locator('[lang="zh-Hans"]')).toHaveText('');
  });
}

test('the preview says how cues become passages, and warns when the two languages do not match in time', async ({
  page,
}) => {
  const form = await openForm(page);
  const english = [1, 2]
    .map((n) => `${n}\n00:0${n}:00,000 --> 00:0${n}:04,000\nA line from another video.\n`)
    .join('\n');
  await form.getByLabel('Subtitles').setInputFiles([
    { name: 'talk.zh.vtt', mimeType: 'text/vtt', buffer: readFileSync(`${FIXTURES}/talk.zh.vtt`) },
    { name: 'talk.en.srt', mimeType: 'text/plain', buffer: Buffer.from(english) },
  ]);
  const preview = form.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(
    'Cues: 12 Chinese, 2 English. Each passage holds the cues of about 20–40 seconds and ends at a sentence end or a pause.',
  );
  await expect(preview).toContainText(
    'Not matched in time: 12 of 12 Chinese cues and 2 of 2 English cues have nothing in the other language beside them. Check that both languages are of the same video.',
  );
  // A warning, not a refusal: the teacher may still make the lesson.
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/lessons\/talk$/);
});

test('bad input gets a clear message and saves nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const form = await openForm(page);
  const subtitles = form.getByLabel('Subtitles');
  const problem = form.getByRole('alert');
  const give = (name: string, text: string | Buffer) =>
    subtitles.setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(problem).toHaveText('Choose subtitle files, or a lesson file, first.');
  await give('empty.srt', '');
  await expect(problem).toHaveText('empty.srt: the file is empty');
  // No layout could be read from it: the box says where one will come from, not nothing.
  await expect(form.getByLabel('Layout').locator('option:checked')).toHaveText(
    'Found from the subtitle files',
  );
  await give('photo.srt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
  await expect(problem).toContainText('photo.srt: not a text file');
  await give(
    'talk.srt',
    '1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:00:0x,000 --> 00:00:05,000\n再见\n',
  );
  await expect(problem).toHaveText(
    'talk.srt: cue 2 (line 6): the start time "00:00:0x,000" is not a time like 00:01:02,500',
  );
  await give(
    'arrow.srt',
    '1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:00:04,000 -> 00:00:05,000\n再见\n',
  );
  await expect(problem).toHaveText(
    'arrow.srt: cue 2 (line 6): "00:00:04,000 -> 00:00:05,000" is not a timing line like 00:01:02,500 --> 00:01:04,000',
  );
  // Create, pressed with a problem shown, takes the reader to it.
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(problem).toBeFocused();
  await give('big.srt', Buffer.alloc(10.5 * 1024 * 1024, 'a'));
  await expect(problem).toHaveText(
    'big.srt: the file is 10.5 MB; subtitle files over 10 MB are refused',
  );
  await give('music.srt', '1\n00:00:01,000 --> 00:00:02,000\n♪ ♪\n');
  await expect(problem).toContainText('music.srt: no Chinese or English text');
  await form
    .getByLabel('Video', { exact: true })
    .setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not a video') });
  await expect(problem).toHaveText(
    'This browser cannot play clip.mp4. Choose an MP4 (H.264) or WebM video, or leave Video empty.',
  );
  await form.getByLabel('Video', { exact: true }).setInputFiles([]);
  await form.getByLabel('Video address').fill('javascript:alert(1)');
  await expect(problem).toHaveText('Only http and https video addresses can be used.');
  await form.getByLabel('Video address').fill('');
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/$/);

  // The same lesson twice: the second is refused, the first kept.
  await subtitles.setInputFiles(`${FIXTURES}/talk.zh.vtt`);
  await expect(problem).toBeHidden();
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/lessons\/talk$/);
  const again = await openForm(page);
  await again.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/talk.zh.vtt`);
  await again.getByRole('button', { name: 'Create lesson' }).click();
  await expect(again.getByRole('alert')).toHaveText(
    'The lesson “talk” is already on this device. Delete it there first to add it again.',
  );
  await again.getByRole('button', { name: 'Cancel' }).click();
  await again.getByRole('button', { name: 'Discard' }).click();
  await expect(again).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'On this device' }).getByRole('listitem'),
  ).toHaveCount(1);
});

test('closing the form with something entered asks first; Esc twice, or Discard, closes it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Nothing entered: Esc closes at once.
  let form = await openForm(page);
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  form = await openForm(page);
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/talk.zh.vtt`);
  const title = form.getByLabel('Title', { exact: true });
  await title.fill('A title I typed');
  await page.keyboard.press('Escape');
  const question = form.getByRole('group', {
    name: 'Close the form and discard what you entered?',
  });
  await expect(question).toBeVisible();
  await expect(form).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  // The safe answer is the one Enter gives, and the reader is back where they were.
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('A title I typed');
  await expect(form.getByRole('region', { name: 'Preview' })).toContainText('Passages:');

  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(question).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.getByRole('region', { name: 'On this device' })).toHaveCount(0);
  // Closed means discarded: the form opens empty again.
  form = await openForm(page);
  await expect(form.getByLabel('Title', { exact: true })).toHaveValue('');
});

test('storage too full for the video says how much space it needs, and saves nothing', async ({
  page,
}) => {
  await page.goto('/');
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1_000_000 });
  const form = await openForm(page);
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/bilingual-lines.srt`);
  await form.getByLabel('Video', { exact: true }).setInputFiles(VIDEO);
  await expect(form.getByLabel(/Keep a copy of the video/)).toBeChecked();
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    // Chromium's estimate does not follow the override, so no figure of free space is given.
    /^Not enough space on this device: saving needs 4\.\d MB\. Free some space, or leave out the video copy\.$/,
  );
  // Without the copy, the lesson alone fits.
  await form.getByLabel(/Keep a copy of the video/).uncheck();
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/lessons\/bilingual-lines$/);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

for (const scheme of ['light', 'dark'] as const)
  test(`the form with its preview and problem, and On this device, have no axe violations (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const axe = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    const form = await openForm(page);
    await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/bilingual-lines.srt`);
    await expect(previewRow(page, 'First line')).toContainText('Hello, everyone.');
    await form.getByLabel('Video address').fill('ftp://example.org/v.mp4');
    await expect(form.getByRole('alert')).not.toBeEmpty();
    expect(await axe()).toEqual([]);
    await form.getByLabel('Video address').fill('');
    await form.getByRole('button', { name: 'Create lesson' }).click();
    // Kept on the device once its page opens: leaving earlier could lose the lesson.
    await expect(page).toHaveURL(/\/lessons\/bilingual-lines$/);
    await page.goto('/');
    await page.getByRole('button', { name: /^Delete/ }).click();
    expect(await axe()).toEqual([]);
  });

test('a lesson file downloaded from the library is accepted back by Add a lesson', async ({
  page,
}) => {
  const form = await openForm(page);
  await form.getByLabel('Subtitles').setInputFiles(`${FIXTURES}/lecture.zh.srt`);
  await form.getByLabel('Title', { exact: true }).fill('Shared lecture');
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/lessons\/shared-lecture$/);
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ hasText: 'Shared lecture' });
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Download lesson file' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toBe('shared-lecture.tandem-lesson.json');
  const text = readFileSync(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'tandem-lesson', version: 1 });

  // Another device (a fresh context) opens the link first, then adds the file.
  const other = await page.context().browser()!.newPage();
  await other.goto('/lessons/shared-lecture');
  await expect(other.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
  await other.goto('/');
  await other.getByRole('button', { name: 'Add a lesson' }).click();
  const form2 = dialog(other);
  await form2.getByLabel('Lesson file').setInputFiles({
    name: 'shared-lecture.tandem-lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(form2.getByLabel('Title', { exact: true })).toHaveValue('Shared lecture');
  await form2.getByRole('button', { name: 'Create lesson' }).click();
  await expect(other).toHaveURL(/\/lessons\/shared-lecture$/);
  await expect(passages(other).first()).toContainText('各位同学，大家好。');
  await other.close();
});

test('a post of the series pasted as its text becomes a lesson with its footnoted key terms', async ({
  page,
}) => {
  const post = readFileSync('data/sources/digital-china-12.txt', 'utf8');
  const form = await openForm(page);
  await form.getByLabel('Series post text').fill(post);
  await expect(form.getByText(/^Passages: 20 · Length: 09:13 · Terms: 7$/)).toBeVisible();
  // Its own name would make it the bundled lesson's twin: the dialog says so and saves nothing.
  await form.getByLabel('Title', { exact: true }).fill('Digital China 12');
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'The library already has a lesson with the id “digital-china-12”. Change the title to add this one.',
  );
  await form.getByLabel('Title', { exact: true }).fill('Lesson 12, my copy');
  await form.getByRole('button', { name: 'Create lesson' }).click();
  await expect(page).toHaveURL(/\/lessons\/lesson-12-my-copy$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lesson 12, my copy');
  await expect(passages(page)).toHaveCount(20);
  await page.getByRole('button', { name: 'Glossary' }).click();
  await expect(page.getByRole('region', { name: 'Glossary' })).toContainText('systemic planning');
});
