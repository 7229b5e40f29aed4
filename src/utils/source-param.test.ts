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

  it('refuses every other scheme, naming it', () => {
    for (const [bad, scheme] of [
      ['javascript:alert(1)', 'javascript:'],
      ['data:video/mp4;base64,AA', 'data:'],
      ['file:///etc/x', 'file:'],
    ]) {
      const result = parseSourceParam(`?src=${encodeURIComponent(bad!)}`);
      expect(result).toEqual({ kind: 'refused', reason: 'scheme', scheme });
    }
  });

  it('refuses what is not a URL at all', () => {
    for (const bad of ['/media/x.mp4', '<b>x</b>']) {
      const result = parseSourceParam(`?src=${encodeURIComponent(bad)}`);
      expect(result).toEqual({ kind: 'refused', reason: 'invalid-url' });
    }
  });

  it('is silent when there is no src', () => {
    expect(parseSourceParam('')).toEqual({ kind: 'none' });
    expect(parseSourceParam('?t=4')).toEqual({ kind: 'none' });
  });
});
