import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UiLanguageSwitch } from '@/app/ui-language-switch';
import { TranscriptPanel } from '@/features/transcript/transcript-panel';
import { makeLesson } from '@/testing/lesson-fixture';
import { en } from '@/i18n/en-messages';
import { format } from '@/i18n/messages';
import { zh } from '@/i18n/zh-messages';
import { useUiLanguage } from '@/i18n/ui-language';

const UI_LANGUAGE_KEY = 'tandem:v1:ui-language';

/**
 * A reload: a fresh copy of the module, so the store is created again from storage. Returns
 * its language and the <html lang> it set, then puts back the page's own.
 */
async function reloadUiLanguage() {
  const pageLang = document.documentElement.lang;
  vi.resetModules();
  const language = (await import('@/i18n/ui-language')).useUiLanguage.getState().language;
  const htmlLang = document.documentElement.lang;
  document.documentElement.lang = pageLang;
  return { language, htmlLang };
}

function renderPage() {
  const lesson = makeLesson();
  render(
    <>
      <UiLanguageSwitch />
      <TranscriptPanel passages={lesson.passages} />
    </>,
  );
  return lesson;
}

describe('interface language', () => {
  it('switches interface text to Chinese and leaves the lesson text as it is', async () => {
    const lesson = renderPage();
    const group = screen.getByRole('group', { name: 'Interface language' });
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await userEvent.click(within(group).getByRole('button', { name: '中文' }));

    expect(within(group).getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('group', { name: '界面语言' })).toBe(group);
    expect(screen.getByRole('heading', { name: '文稿' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Transcript' })).toBeNull();
    expect(screen.getByRole('button', { name: '从 00:57 播放' })).toBeVisible();
    expect(screen.getByRole('button', { name: '拼音' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-Hans');

    // Lesson text is data: untouched, and still tagged with its own language.
    const [first] = lesson.passages;
    expect(screen.getByText(first!.en)).toHaveAttribute('lang', 'en');
    expect(screen.getByText(first!.zh)).toHaveAttribute('lang', 'zh-Hans');
    // The transcript's language modes keep their names; only "Both" is interface text.
    const modes = screen.getByRole('group', { name: '文稿语言' });
    for (const name of ['English', '中文', '中英对照'])
      expect(within(modes).getByRole('button', { name })).toBeVisible();

    await userEvent.click(within(group).getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Transcript' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('remembers the choice when the store is created again from storage', async () => {
    renderPage();
    const group = screen.getByRole('group', { name: 'Interface language' });
    await userEvent.click(within(group).getByRole('button', { name: '中文' }));
    expect(localStorage.getItem(UI_LANGUAGE_KEY)).toBe('"zh"');
    expect(await reloadUiLanguage()).toEqual({ language: 'zh', htmlLang: 'zh-Hans' });
  });

  it('keeps the choice an earlier release stored under its old key', async () => {
    localStorage.setItem('tandem:ui-language:v1', 'zh');
    expect(await reloadUiLanguage()).toEqual({ language: 'zh', htmlLang: 'zh-Hans' });
    expect(localStorage.getItem('tandem:v1:ui-language')).toBe('"zh"');
    expect(localStorage.getItem('tandem:ui-language:v1')).toBeNull();
  });

  it('follows a choice made in another tab', () => {
    renderPage();
    localStorage.setItem(UI_LANGUAGE_KEY, '"zh"');
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: UI_LANGUAGE_KEY, storageArea: localStorage }),
      );
    });
    expect(screen.getByRole('heading', { name: '文稿' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'zh-Hans');
  });

  it.each([
    ['corrupted', '{"language":"zh"'],
    ['an unknown language', '"fr"'],
    ['a browser locale', 'zh-CN'],
  ])('falls back to English when storage holds %s', async (_, raw) => {
    localStorage.setItem(UI_LANGUAGE_KEY, raw);
    expect(await reloadUiLanguage()).toEqual({ language: 'en', htmlLang: 'en' });
  });

  it('starts in English with nothing stored, whatever the browser’s language', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-CN');
    expect(await reloadUiLanguage()).toEqual({ language: 'en', htmlLang: 'en' });
    expect(useUiLanguage.getState().language).toBe('en');
  });
});

describe('messages', () => {
  const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

  it('gives every Chinese message the same values as its English one', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect([key, placeholders(zh[key]).sort()]).toEqual([key, placeholders(en[key]).sort()]);
  });

  it('inserts values as plain text, replacement patterns and markup included', () => {
    expect(format('Playing {name}', { name: '$&<b>x</b>.mp4' })).toBe('Playing $&<b>x</b>.mp4');
    expect(format('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });
});
