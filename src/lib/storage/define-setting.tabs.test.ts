import * as z from 'zod/mini';
import { defineSetting, type Loaded } from './define-setting';
import { onStorageProblem, type StorageProblem } from './storage-problems';

let names = 0;
const defineLanguage = (legacy?: Parameters<typeof defineSetting>[0]['legacy']) =>
  defineSetting({
    name: `language-${++names}`,
    version: 1,
    schema: z.enum(['en', 'zh']),
    fallback: 'en',
    legacy,
  });

let reported: StorageProblem[] = [];
let uninstall = () => {};
beforeEach(() => {
  reported = [];
  uninstall = onStorageProblem((problem) => reported.push(problem));
});
afterEach(() => uninstall());

/** Another tab writes, removes or clears; this tab hears of it by a storage event. */
function otherTabWrites(key: string | null, value: string | null) {
  if (key === null) localStorage.clear();
  else if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(
    new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }),
  );
}

describe('a setting and other tabs', () => {
  it('applies a change made in another tab and tells subscribers', () => {
    const setting = defineLanguage();
    const heard: Loaded<string>[] = [];
    const stop = setting.subscribe((loaded) => heard.push(loaded));
    otherTabWrites(setting.key, '"zh"');
    expect(setting.read()).toBe('zh');
    otherTabWrites('tandem:v1:something-else', '1');
    otherTabWrites(null, null);
    expect(setting.read()).toBe('en');
    stop();
    otherTabWrites(setting.key, '"zh"');
    expect(heard).toEqual([{ value: 'zh' }, { value: 'en' }]);
  });

  it('does not echo this tab’s own writes, nor events from sessionStorage', () => {
    const setting = defineLanguage();
    const heard = vi.fn();
    setting.subscribe(heard);
    setting.write('zh');
    window.dispatchEvent(
      new StorageEvent('storage', { key: setting.key, storageArea: sessionStorage }),
    );
    expect(heard).not.toHaveBeenCalled();
  });

  it('moves aside unreadable data another tab left, and reports it', () => {
    const setting = defineLanguage();
    setting.write('zh');
    const heard = vi.fn();
    setting.subscribe(heard);
    otherTabWrites(setting.key, 'zh-CN');
    expect(setting.read()).toBe('en');
    expect(heard).toHaveBeenCalledWith(expect.objectContaining({ problem: reported[0] }));
    expect(reported).toEqual([expect.objectContaining({ code: 'corrupt', key: setting.key })]);
  });
});

describe('a setting an earlier release stored under another key', () => {
  it('is read once, written under the new key and removed from the old one', () => {
    localStorage.setItem('old:language', 'zh');
    const setting = defineLanguage([{ key: 'old:language', decode: (raw) => raw }]);
    expect(setting.read()).toBe('zh');
    expect(localStorage.getItem(setting.key)).toBe('"zh"');
    expect(localStorage.getItem('old:language')).toBeNull();
    expect(reported).toEqual([]);
  });

  it('prefers the new key, and leaves the old one alone, once both exist', () => {
    localStorage.setItem('old:language', '"zh"');
    const setting = defineLanguage([{ key: 'old:language' }]);
    localStorage.setItem(setting.key, '"en"');
    expect(setting.read()).toBe('en');
    expect(localStorage.getItem('old:language')).toBe('"zh"');
  });

  it('keeps the old key while the new one cannot be written, and uses its value', () => {
    localStorage.setItem('old:language', '"zh"');
    const setting = defineLanguage([{ key: 'old:language' }]);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(setting.read()).toBe('zh');
    expect(localStorage.getItem('old:language')).toBe('"zh"');
  });

  it('moves an unreadable old value aside under the old key', () => {
    localStorage.setItem('old:language', 'fr');
    const setting = defineLanguage([{ key: 'old:language', decode: (raw) => raw }]);
    expect(setting.read()).toBe('en');
    const [problem] = reported;
    expect(problem).toMatchObject({ code: 'corrupt', key: 'old:language' });
    expect(localStorage.getItem((problem as { asideKey: string }).asideKey)).toBe('fr');
    expect(localStorage.getItem('old:language')).toBeNull();
  });
});
