import { parseSourceParam } from './source-param';

describe('parseSourceParam', () => {
  it('takes http and https URLs and guesses the type from the extension', () => {
    expect(parseSourceParam('?src=https://example.org/lesson.mp4')).toEqual({
      kind: 'url',
      src: 'https://example.org/lesson.mp4',
      type: 'video/mp4',
    });
    expect(parseSourceParam('?src=http%3A%2F%2Fhost%2Fv')).toMatchObject({ kind: 'url' });
  });

  it('refuses every other scheme and garbage, with a reason', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:video/mp4;base64,AA',
      'file:///etc/x',
      '/media/x.mp4',
      '<b>x</b>',
    ]) {
      const result = parseSourceParam(`?src=${encodeURIComponent(bad)}`);
      expect(result.kind).toBe('refused');
    }
  });

  it('is silent when there is no src', () => {
    expect(parseSourceParam('')).toEqual({ kind: 'none' });
    expect(parseSourceParam('?t=4')).toEqual({ kind: 'none' });
  });
});
