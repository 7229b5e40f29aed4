import { render, screen } from '@testing-library/react';
import { parseLesson } from '@/domain/lesson-schema';
import { setUiLanguage } from '@/i18n/ui-language';
import { makeLesson } from '@/testing/lesson-fixture';
import { LessonLoadError, LessonNotFoundError } from './get-lesson';
import { LessonErrorView } from './lesson-error-view';

function errorOf(data: unknown) {
  try {
    parseLesson(data);
  } catch (error) {
    return error;
  }
  throw new Error('the lesson parsed');
}

const broken = () => errorOf({ ...makeLesson(), published: 'soon', sources: [] });

const items = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('LessonErrorView', () => {
  it('lists each bad field by its path, with what is wrong in words', () => {
    render(<LessonErrorView error={broken()} />);
    expect(screen.getByRole('heading', { name: 'This lesson’s data is invalid' })).toBeVisible();
    expect(items()).toEqual([
      'published: must be a date written YYYY-MM-DD',
      'sources: needs at least 1 entry',
    ]);
  });

  it('says the same in Chinese, paths as the file spells them', () => {
    setUiLanguage('zh');
    render(<LessonErrorView error={broken()} />);
    expect(screen.getByRole('heading', { name: '本课数据无效' })).toBeVisible();
    expect(items()).toEqual(['published：应为 YYYY-MM-DD 格式的日期', 'sources：至少需要 1 项']);
    expect(screen.getByText('published').closest('[lang]')).toHaveAttribute('lang', 'zh-Hans');
  });

  it('names the lesson’s own rules and a file that is no lesson', () => {
    setUiLanguage('zh');
    const lesson = makeLesson();
    lesson.passages[1]!.start = 20;
    const { unmount } = render(<LessonErrorView error={errorOf(lesson)} />);
    expect(items()).toEqual([
      'passages.0.end：必须等于下一段的开始时间',
      'passages.1.start：必须晚于上一段的开始时间',
    ]);
    unmount();
    render(<LessonErrorView error={errorOf(undefined)} />);
    expect(items()).toEqual(['整个文件：不是课程数据：文件不是 JSON 对象']);
  });

  it('says that a missing lesson may be one made on another device, and how to get it', () => {
    render(<LessonErrorView error={new LessonNotFoundError('my-lecture')} />);
    expect(screen.getByRole('heading', { name: 'Lesson not found' })).toBeVisible();
    expect(screen.getByText(/kept only on their device/)).toHaveTextContent(
      /Ask them for its lesson file \(“Download lesson file” in their library\)/,
    );
  });

  it('says in Chinese that a lesson is missing or could not be loaded', () => {
    setUiLanguage('zh');
    const { unmount } = render(<LessonErrorView error={new LessonNotFoundError('x-1')} />);
    expect(screen.getByText('没有“x-1”这一课。它可能已改名，或链接有误。')).toBeVisible();
    unmount();
    render(<LessonErrorView error={new LessonLoadError(503)} onRetry={() => {}} />);
    expect(screen.getByText('无法加载本课（HTTP 503）。')).toBeVisible();
    expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
  });
});
