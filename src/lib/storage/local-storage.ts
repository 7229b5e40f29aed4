/**
 * The only code that touches `localStorage`; everything else goes through `defineSetting`.
 * Reading `window.localStorage` itself throws a SecurityError when site data is blocked, so it
 * is only ever touched inside a try.
 */
import type { WriteFailure } from './storage-problems';

export type RawWrite = { ok: true } | { ok: false; reason: WriteFailure; errorName: string };

function area(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The stored text, null when there is none, undefined when the browser refuses to read. */
export function getRaw(key: string): string | null | undefined {
  try {
    const storage = area();
    return storage ? storage.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

function describeWriteError(error: unknown): Exclude<RawWrite, { ok: true }> {
  const name = errorName(error);
  // Firefox used its own name; old WebKit only set the legacy code 22.
  const quota =
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (error instanceof DOMException && error.code === 22);
  const reason = quota ? 'quota' : name === 'SecurityError' ? 'denied' : 'failed';
  return { ok: false, reason, errorName: name };
}

/** Writes `raw`, or removes the key for null. */
export function setRaw(key: string, raw: string | null): RawWrite {
  try {
    const storage = area();
    if (!storage) return { ok: false, reason: 'denied', errorName: 'SecurityError' };
    if (raw === null) storage.removeItem(key);
    else storage.setItem(key, raw);
    return { ok: true };
  } catch (error) {
    return describeWriteError(error);
  }
}

function freeAsideKey(storage: Storage, key: string): string {
  const base = `${key}:backup:${new Date().toISOString()}`;
  let candidate = base;
  // Two tabs may set aside the same data within one millisecond; never overwrite a backup.
  for (let n = 1; storage.getItem(candidate) !== null; n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Copies unreadable data to a backup key, then frees its key; nothing is lost either way. */
export function setAside(
  key: string,
  raw: string,
): { ok: true; asideKey: string } | Exclude<RawWrite, { ok: true }> {
  try {
    const storage = area();
    if (!storage) return { ok: false, reason: 'denied', errorName: 'SecurityError' };
    const asideKey = freeAsideKey(storage, key);
    storage.setItem(asideKey, raw);
    // Removed only once the copy exists, so the next read does not back it up again.
    storage.removeItem(key);
    return { ok: true, asideKey };
  } catch (error) {
    return describeWriteError(error);
  }
}

/**
 * Calls `handler` with the key another tab changed (null: it cleared storage). The browser
 * fires `storage` only in the other tabs, never in the one that wrote.
 */
export function watchOtherTabs(handler: (key: string | null) => void): () => void {
  const listen = (event: StorageEvent) => {
    // sessionStorage changes fire the same event.
    if (event.storageArea && event.storageArea !== area()) return;
    handler(event.key);
  };
  window.addEventListener('storage', listen);
  return () => window.removeEventListener('storage', listen);
}
