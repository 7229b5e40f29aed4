/**
 * The one way a part of the app loads on demand (the player adapter, the term popover, pinyin,
 * the side panels, the shortcuts dialog). A part loads once per page; a failed load is
 * forgotten, so the next `load()` tries again, and listeners hear every change of status.
 *
 * A retry that really reloads: HTML's module map may keep a failed fetch for the life of the
 * page, and engines differ (some builds of Chromium answer a second `import()` of a failed
 * chunk at once with the same failure, without a request). So a retry first imports as before,
 * and if that fails too, imports the chunk named in the error again from a fresh URL: a query
 * makes it a new entry in the module map. The chunk is a dynamic import's own facade, so its
 * exports are the module's. Where an engine's error names no URL, the retry fails as it did and
 * the part says so again; nothing else on the page depends on it.
 */

export type LazyStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface LazyModule<T> {
  readonly status: LazyStatus;
  /** The loaded module, or null until it is there. */
  readonly module: T | null;
  /** Starts the load or joins the one under way; after a failure, tries again. */
  load(): Promise<T>;
  subscribe(listener: () => void): () => void;
}

/** The script URL in a failed dynamic import's message (Chromium and Firefox name it). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(https?:\/\/[^\s'"]+?\.(?:m?js|tsx?))(?:\?[^\s'"]*)?(?=[\s'"]|$)/.exec(message);
  return match ? match[1]! : null;
}

export function freshUrl(url: string, attempt: number): string {
  return `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`;
}

const importFresh = (url: string) => import(/* @vite-ignore */ url);

export function lazyModule<T>(
  importer: () => Promise<T>,
  fresh: (url: string) => Promise<unknown> = importFresh,
): LazyModule<T> {
  let status: LazyStatus = 'idle';
  let module: T | null = null;
  let pending: Promise<T> | null = null;
  let failures = 0;
  const listeners = new Set<() => void>();
  const set = (next: LazyStatus) => {
    status = next;
    listeners.forEach((listener) => listener());
  };

  const attempt = async (): Promise<T> => {
    if (failures === 0) return importer();
    try {
      return await importer();
    } catch (error) {
      const url = failedModuleUrl(error);
      if (!url) throw error;
      return (await fresh(freshUrl(url, failures))) as T;
    }
  };

  return {
    get status() {
      return status;
    },
    get module() {
      return module;
    },
    load() {
      if (module) return Promise.resolve(module);
      if (!pending) {
        pending = attempt().then(
          (loaded) => {
            module = loaded;
            pending = null;
            set('ready');
            return loaded;
          },
          (error: unknown) => {
            failures += 1;
            pending = null;
            set('failed');
            throw error;
          },
        );
        set('loading');
      }
      return pending;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
