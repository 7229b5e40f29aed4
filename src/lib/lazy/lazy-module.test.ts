import { failedModuleUrl, lazyModule } from './lazy-module';

const CHROMIUM = new TypeError(
  'Failed to fetch dynamically imported module: http://localhost:4173/assets/term-popover-Bx1.js',
);
const FIREFOX = new TypeError(
  'error loading dynamically imported module: http://localhost:4173/assets/term-popover-Bx1.js',
);
const WEBKIT = new TypeError('Importing a module script failed.');

describe('failedModuleUrl', () => {
  it('reads the chunk URL from Chromium and Firefox messages, none from WebKit', () => {
    expect(failedModuleUrl(CHROMIUM)).toBe('http://localhost:4173/assets/term-popover-Bx1.js');
    expect(failedModuleUrl(FIREFOX)).toBe('http://localhost:4173/assets/term-popover-Bx1.js');
    expect(failedModuleUrl(WEBKIT)).toBeNull();
  });

  it('drops an earlier retry query', () => {
    const error = new Error(`${CHROMIUM.message}?retry=1`);
    expect(failedModuleUrl(error)).toBe('http://localhost:4173/assets/term-popover-Bx1.js');
  });
});

describe('lazyModule', () => {
  it('loads once and shares the module', async () => {
    const importer = vi.fn(async () => ({ value: 1 }));
    const lazy = lazyModule(importer);
    expect(lazy.status).toBe('idle');
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(await lazy.load()).toBe(a);
    expect(importer).toHaveBeenCalledTimes(1);
    expect(lazy.status).toBe('ready');
    expect(lazy.module).toEqual({ value: 1 });
  });

  it('tells listeners of loading, failure and the retry that works', async () => {
    const importer = vi
      .fn<() => Promise<{ value: number }>>()
      .mockRejectedValueOnce(WEBKIT)
      .mockResolvedValueOnce({ value: 2 });
    const lazy = lazyModule(importer);
    const seen: string[] = [];
    lazy.subscribe(() => seen.push(lazy.status));
    await expect(lazy.load()).rejects.toBe(WEBKIT);
    expect(lazy.module).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ value: 2 });
    expect(seen).toEqual(['loading', 'failed', 'loading', 'ready']);
  });

  it('retries from a fresh URL when the engine keeps the failed import', async () => {
    // The engine answers every import() of the failed chunk with the same failure.
    const importer = vi.fn(() => Promise.reject(CHROMIUM));
    const fresh = vi.fn(async (url: string) => ({ from: url }));
    const lazy = lazyModule(importer, fresh);
    await expect(lazy.load()).rejects.toBe(CHROMIUM);
    expect(fresh).not.toHaveBeenCalled();
    await expect(lazy.load()).resolves.toEqual({
      from: 'http://localhost:4173/assets/term-popover-Bx1.js?retry=1',
    });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('fails again, and says so, when the chunk is still out of reach', async () => {
    const lazy = lazyModule(
      () => Promise.reject(FIREFOX),
      () => Promise.reject(new TypeError('offline')),
    );
    await expect(lazy.load()).rejects.toBe(FIREFOX);
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.status).toBe('failed');
  });
});
