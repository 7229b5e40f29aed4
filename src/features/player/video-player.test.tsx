import { act, render, screen } from '@testing-library/react';
import { setUiLanguage } from '@/i18n/ui-language';
import { reportMediaError } from '@/stores/playback-store';
import { makeLesson } from '@/testing/lesson-fixture';
import { VideoPlayer } from './video-player';

describe('VideoPlayer errors', () => {
  it('says why the video cannot play in the interface’s language, and follows a switch', () => {
    render(<VideoPlayer lesson={makeLesson()} />);
    act(() => reportMediaError('unsupported'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The video could not be loaded: the file was not found or its format is not supported.',
    );
    act(() => setUiLanguage('zh'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '视频无法加载：找不到文件，或不支持其格式。',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('视频无法播放');
  });

  it('has words for every reason, the unknown one too', () => {
    setUiLanguage('zh');
    render(<VideoPlayer lesson={makeLesson()} />);
    for (const [code, text] of [
      ['aborted', '视频加载已中止。'],
      ['network', '网络出错，视频未能加载。'],
      ['decode', '视频无法解码'],
      ['unknown', '视频无法播放。'],
    ] as const) {
      act(() => reportMediaError(code));
      expect(screen.getByRole('alert')).toHaveTextContent(text);
    }
    act(() => reportMediaError(null));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
