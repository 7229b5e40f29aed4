/**
 * Space on this device for lessons and their videos: how much is free, asking the browser to
 * keep it (`navigator.storage.persist()`), and a refusal said as a code with the figures the
 * interface needs ("needs 312 MB, 40 MB free"). No words here, as in storage-problems.ts.
 */
import type { WriteFailure } from './storage-problems';

export class DeviceStorageError extends Error {
  constructor(
    readonly reason: WriteFailure,
    /** Bytes the write needed, when known. */
    readonly needed?: number,
    /** Bytes the browser said were free, when known. */
    readonly available?: number,
  ) {
    super(`Device storage refused a write (${reason})`);
    this.name = 'DeviceStorageError';
  }
}

interface Space {
  usage: number;
  quota: number;
}

async function estimate(): Promise<Space | null> {
  try {
    const found = await navigator.storage?.estimate?.();
    if (!found || found.quota === undefined) return null;
    return { usage: found.usage ?? 0, quota: found.quota };
  } catch {
    return null;
  }
}

/** Refuses before writing when the browser's own estimate says `bytes` will not fit. */
export async function ensureRoom(bytes: number): Promise<void> {
  const space = await estimate();
  if (space && space.usage + bytes > space.quota)
    throw new DeviceStorageError('quota', bytes, Math.max(0, space.quota - space.usage));
}

export function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The browser's error from a write of `bytes`, as a DeviceStorageError with the figures. */
export async function writeFailure(error: unknown, bytes: number): Promise<DeviceStorageError> {
  if (error instanceof DeviceStorageError) return error;
  if (isQuotaError(error)) {
    const space = await estimate();
    const free = space ? Math.max(0, space.quota - space.usage) : undefined;
    // The estimate is rough (Chromium pads it, a private window caps it): a refusal it cannot
    // explain is said without a figure rather than with a wrong one.
    return new DeviceStorageError(
      'quota',
      bytes,
      free !== undefined && free < bytes ? free : undefined,
    );
  }
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  return new DeviceStorageError(name === 'SecurityError' ? 'denied' : 'failed');
}

/**
 * Asks the browser not to clear this site's data under storage pressure. True when granted;
 * false when refused or when the browser has no such request (the data may then be evicted).
 */
export async function askToKeepData(): Promise<boolean> {
  try {
    if (await navigator.storage?.persisted?.()) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
