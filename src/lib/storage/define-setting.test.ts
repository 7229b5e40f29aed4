import * as z from 'zod/mini';
import { defineSetting, resetSavedSettings } from './define-setting';
import { onStorageProblem, type StorageProblem } from './storage-problems';

const schema = z.object({ rate: z.number(), captions: z.boolean() });
const FALLBACK = { rate: 1, captions: true };
let names = 0;
/** A setting of its own per test: the module keeps every setting it defined. */
const define = (options: Partial<Parameters<typeof defineSetting>[0]> = {}) =>
  defineSetting({ name: `test-${++names}`, version: 1, schema, fallback: FALLBACK, ...options });

let reported: StorageProblem[] = [];
let uninstall = () => {};
beforeEach(() => {
  reported = [];
  uninstall = onStorageProblem((problem) => reported.push(problem));
});
afterEach(() => uninstall());

const asideKeys = (key: string) =>
  Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`));

function failWrites(name = 'QuotaExceededError') {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('refused', name);
  });
}

describe('defineSetting', () => {
  it('stores JSON under a versioned key and reads it back after a reload', () => {
    const setting = define({ name: 'speed', version: 2 });
    expect(setting.key).toBe('tandem:v2:speed');
    expect(setting.read()).toEqual(FALLBACK);
    expect(setting.write({ rate: 1.5, captions: false })).toEqual({ ok: true });
    expect(JSON.parse(localStorage.getItem('tandem:v2:speed')!)).toEqual({
      rate: 1.5,
      captions: false,
    });
    resetSavedSettings();
    expect(setting.read()).toEqual({ rate: 1.5, captions: false });
    expect(setting.remove()).toEqual({ ok: true });
    expect(localStorage.getItem('tandem:v2:speed')).toBeNull();
    expect(setting.read()).toEqual(FALLBACK);
  });

  it.each([
    ['text that is not JSON', '{"rate":1.5,'],
    ['JSON that fails the schema', '{"rate":"fast","captions":true}'],
  ])('moves %s aside, uses the fallback and reports it once', (_, raw) => {
    const setting = define();
    localStorage.setItem(setting.key, raw);
    expect(setting.read()).toEqual(FALLBACK);
    const [asideKey] = asideKeys(setting.key);
    expect(asideKey).toMatch(/^tandem:v1:test-\d+:backup:\d{4}-\d\d-\d\dT/);
    expect(localStorage.getItem(asideKey!)).toBe(raw);
    expect(localStorage.getItem(setting.key)).toBeNull();
    expect(reported).toEqual([{ code: 'corrupt', key: setting.key, asideKey }]);
    // Read again, after a reload too: nothing more is moved or said.
    setting.load();
    resetSavedSettings();
    expect(setting.read()).toEqual(FALLBACK);
    expect(asideKeys(setting.key)).toHaveLength(1);
    expect(reported).toHaveLength(1);
  });

  it('leaves unreadable data in place, and does not overwrite it, when it cannot be moved aside', () => {
    const setting = define();
    localStorage.setItem(setting.key, 'garbage');
    const setItem = failWrites();
    expect(setting.load()).toEqual({
      value: FALLBACK,
      problem: { code: 'corrupt-kept', key: setting.key, reason: 'quota' },
      blocked: 'quota',
    });
    expect(setting.write({ rate: 2, captions: true })).toMatchObject({ ok: false });
    setting.load();
    expect(localStorage.getItem(setting.key)).toBe('garbage');
    expect(reported.map((p) => p.code)).toEqual(['corrupt-kept', 'quota']);
    // Once there is room, the next write moves it aside first.
    setItem.mockRestore();
    expect(setting.write({ rate: 2, captions: true })).toEqual({ ok: true });
    expect(localStorage.getItem(asideKeys(setting.key)[0]!)).toBe('garbage');
  });

  it('keeps the value in memory when storage is full, and reports it once', () => {
    const setting = define();
    const setItem = failWrites('QuotaExceededError');
    const result = setting.write({ rate: 2, captions: true });
    setting.write({ rate: 3, captions: true });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'quota', key: setting.key, errorName: 'QuotaExceededError' },
    });
    expect(setting.read()).toEqual({ rate: 3, captions: true });
    expect(localStorage.getItem(setting.key)).toBeNull();
    expect(reported).toEqual([result.ok ? null : result.problem]);
    // A write that works, then fails again: that is news.
    setItem.mockRestore();
    setting.write({ rate: 4, captions: true });
    failWrites();
    setting.write({ rate: 5, captions: true });
    expect(reported).toHaveLength(2);
  });

  it('says nothing itself for a value whose owner reports in place', () => {
    const setting = define({ report: false });
    localStorage.setItem(setting.key, '{');
    expect(setting.load().problem).toMatchObject({ code: 'corrupt' });
    failWrites();
    expect(setting.write(FALLBACK)).toMatchObject({ ok: false, problem: { code: 'quota' } });
    expect(reported).toEqual([]);
  });

  it('works for the visit, and says so once, when the browser blocks storage', () => {
    const first = define();
    const second = define();
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      expect(first.read()).toEqual(FALLBACK);
      expect(second.write({ rate: 2, captions: false })).toMatchObject({
        ok: false,
        problem: { code: 'denied' },
      });
      expect(second.read()).toEqual({ rate: 2, captions: false });
      expect(reported.map((p) => p.code)).toEqual(['read-denied', 'denied']);
    } finally {
      blocked.mockRestore();
    }
  });
});
