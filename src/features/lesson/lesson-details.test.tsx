import { act, render, screen } from '@testing-library/react';
import { setUiLanguage } from '@/i18n/ui-language';
import { makeLesson } from '@/testing/lesson-fixture';
import { LessonDetails } from './lesson-details';

const lesson = makeLesson();
const paragraphs = () => screen.getByRole('region').querySelectorAll('p');

describe('LessonDetails', () => {
  it('puts the English first in the English interface', () => {
    render(<LessonDetails lesson={lesson} />);
    expect(paragraphs()[0]).toHaveAttribute('lang', 'en');
    expect(paragraphs()[0]).toHaveTextContent(lesson.synopsis.en);
    const speaker = screen.getByText(lesson.speaker.en, { selector: 'span' });
    expect(speaker.parentElement).toHaveTextContent(`${lesson.speaker.en} (${lesson.speaker.zh})`);
  });

  it('puts the Chinese name and synopsis (简介) first in the Chinese interface', () => {
    act(() => setUiLanguage('zh'));
    render(<LessonDetails lesson={lesson} />);
    expect(screen.getByRole('heading', { name: '关于本课' })).toBeVisible();
    expect(paragraphs()[0]).toHaveAttribute('lang', 'zh-Hans');
    expect(paragraphs()[0]).toHaveTextContent(lesson.synopsis.zh);
    const speaker = screen.getByText(lesson.speaker.zh);
    expect(speaker.parentElement).toHaveTextContent(`${lesson.speaker.zh}（${lesson.speaker.en}）`);
  });
});
