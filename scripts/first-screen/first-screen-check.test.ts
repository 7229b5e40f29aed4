import { FITS_ELEMENT_ID, firstScreenCheck, type FirstScreenFits } from './first-screens';

const FITS: FirstScreenFits = {
  same: {
    'tandem:v1:ui-language': 'en',
    'tandem:v1:preferences': { language: 'both', pinyin: false, rate: 1 },
  },
  perLesson: ['tandem:v1:notes:', 'tandem:v1:sheet:'],
  thisLesson: ['tandem:v1:notes:a', 'tandem:v1:sheet:a'],
  unseen: ['tandem:v1:shortcuts'],
};

/** Runs the check as the page's head runs it, with `fits` in its data block (none if null). */
function check(fits: FirstScreenFits | null = FITS): boolean {
  document.documentElement.removeAttribute('data-first-screen');
  document.getElementById(FITS_ELEMENT_ID)?.remove();
  if (fits) {
    const block = document.createElement('script');
    block.type = 'application/json';
    block.id = FITS_ELEMENT_ID;
    block.textContent = JSON.stringify(fits);
    document.head.append(block);
  }
  new Function(firstScreenCheck().source)();
  return document.documentElement.getAttribute('data-first-screen') === 'hidden';
}

describe('first-screen-check.js', () => {
  afterEach(() => window.history.replaceState(null, '', '/lessons/a'));

  it('leaves the first screen to a first visit of the plain page', () => {
    window.history.replaceState(null, '', '/lessons/a');
    localStorage.setItem('another-site-key', '1');
    expect(check()).toBe(false);
  });

  it('leaves it to a returning visitor whose kept things do not show on this page', () => {
    localStorage.setItem('tandem:v1:ui-language', '"en"');
    localStorage.setItem('tandem:v1:preferences', '{"language":"both","pinyin":false}');
    localStorage.setItem('tandem:v1:notes:b', '{"notes":[]}');
    localStorage.setItem('tandem:v1:sheet:a-2', '["p1"]');
    localStorage.setItem('tandem:v1:shortcuts', 'false');
    expect(check()).toBe(false);
  });

  it.each([
    ['the interface in Chinese', 'tandem:v1:ui-language', '"zh"'],
    ['a changed preference', 'tandem:v1:preferences', '{"language":"both","pinyin":true}'],
    ['a preference the first screen does not name', 'tandem:v1:preferences', '{"zoom":2}'],
    ['a preference that is not JSON', 'tandem:v1:preferences', '{'],
    ["this lesson's notes", 'tandem:v1:notes:a', '{"notes":[]}'],
    ["this lesson's sheet", 'tandem:v1:sheet:a', '["p1"]'],
    ['a value set aside as unreadable', 'tandem:v1:notes:b:backup:1700000000', 'x'],
    ["a key of an older release's", 'tandem:preferences:v1', '{}'],
    ['a key the page does not know', 'tandem:v2:preferences', '{}'],
  ])('hides it from a device that keeps %s', (_what, key, value) => {
    localStorage.setItem(key, value);
    expect(check()).toBe(true);
  });

  it('hides it from a device that keeps anything for Tandem when the page has no data block', () => {
    localStorage.setItem('tandem:v1:shortcuts', 'false');
    expect(check(null)).toBe(true);
    expect(check()).toBe(false);
  });

  it('hides it from a link to a time or a passage', () => {
    window.history.replaceState(null, '', '/lessons/a?t=90');
    expect(check()).toBe(true);
    window.history.replaceState(null, '', '/lessons/a#p12');
    expect(check()).toBe(true);
  });

  it('hides it when storage cannot be read', () => {
    localStorage.setItem('x', '1');
    vi.spyOn(Storage.prototype, 'key').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(check()).toBe(true);
  });
});
