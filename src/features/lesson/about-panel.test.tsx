import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUiLanguage } from '@/i18n/ui-language';
import { makeLesson } from '@/testing/lesson-fixture';
import AboutPanel from './about-panel';

const lesson = makeLesson();

describe('AboutPanel', () => {
  it('gives the whole title in both languages, the series and the facts', () => {
    render(<AboutPanel lesson={lesson} onClose={() => {}} />);
    const panel = screen.getByRole('region', { name: 'About this lesson' });
    const titles = [...panel.querySelectorAll('.about-title')];
    expect(titles.map((p) => [p.getAttribute('lang'), p.textContent])).toEqual([
      ['en', lesson.title.en],
      ['zh-Hans', lesson.title.zh],
    ]);
    expect(panel).toHaveTextContent(lesson.series.title.en);
    expect(panel).toHaveTextContent(`Lesson ${lesson.series.number} of ${lesson.series.total}`);
    expect(screen.getByText('Speaker', { selector: 'dt' })).toBeVisible();
    expect(screen.getByText(lesson.synopsis.zh)).toHaveAttribute('lang', 'zh-Hans');
  });

  it('puts the Chinese title first in the Chinese interface', () => {
    act(() => setUiLanguage('zh'));
    render(<AboutPanel lesson={lesson} onClose={() => {}} />);
    const panel = screen.getByRole('region', { name: '关于本课' });
    const titles = [...panel.querySelectorAll('.about-title')].map((p) => p.textContent);
    expect(titles).toEqual([lesson.title.zh, lesson.title.en]);
    expect(panel).toHaveTextContent(lesson.series.title.zh);
  });

  it('closes from its button', async () => {
    const onClose = vi.fn();
    render(<AboutPanel lesson={lesson} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close lesson details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
