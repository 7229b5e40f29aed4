import { firstScreenCheck } from './first-screens';

/** Runs the check as the page's head runs it; says whether it hid the first screen. */
function check(): boolean {
  document.documentElement.removeAttribute('data-first-screen');
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

  it('hides it from a device that keeps anything for Tandem', () => {
    localStorage.setItem('tandem:v1:ui-language', '"zh"');
    expect(check()).toBe(true);
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
