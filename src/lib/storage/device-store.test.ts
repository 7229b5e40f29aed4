import 'fake-indexeddb/auto';
import * as z from 'zod/mini';
import { DeviceStorageError, askToKeepData } from './device-space';
import { defineDeviceCollection } from './device-store';
import { onStorageProblem, resetStorageProblems, type StorageProblem } from './storage-problems';

const schema = z.object({ id: z.string(), title: z.string() });
let run = 0;
// A fresh database per test: nothing carries over.
const collection = () => defineDeviceCollection({ name: `test-${++run}`, version: 1, schema });

function rawStore(database: string) {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onupgradeneeded = () => request.result.createObjectStore('records');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function putRaw(database: string, key: string, value: unknown) {
  const db = await rawStore(database);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

function estimateStorage(usage: number, quota: number) {
  const storage = { estimate: vi.fn(async () => ({ usage, quota })) };
  vi.stubGlobal('navigator', { ...navigator, storage });
}

const problems: StorageProblem[] = [];
beforeEach(() => {
  problems.length = 0;
  resetStorageProblems();
  onStorageProblem((p) => problems.push(p));
});
afterEach(() => vi.unstubAllGlobals());

describe('device collection', () => {
  it('keeps a record across reads, with its size and date', async () => {
    const lessons = collection();
    const saved = await lessons.put('a', { id: 'a', title: 'Lecture' }, 1000);
    expect(saved.size).toBe(JSON.stringify({ id: 'a', title: 'Lecture' }).length + 1000);
    const again = defineDeviceCollection({ name: `test-${run}`, version: 1, schema });
    expect(await again.get('a')).toMatchObject({ value: { title: 'Lecture' }, size: saved.size });
    expect((await again.list()).map((r) => r.key)).toEqual(['a']);
    await again.remove('a');
    expect(await again.list()).toEqual([]);
    expect(await again.get('a')).toBeUndefined();
  });

  it('moves a record that fails its schema aside, reports it, and still lists the rest', async () => {
    const lessons = collection();
    await lessons.put('good', { id: 'good', title: 'Fine' });
    const database = `tandem:v1:test-${run}`;
    await putRaw(database, 'bad', { savedAt: 'x', size: 1, value: { id: 3 } });
    await putRaw(database, 'worse', 'not a record');
    expect((await lessons.list()).map((r) => r.key)).toEqual(['good']);
    expect(problems.map((p) => p.code)).toEqual(['corrupt', 'corrupt']);
    expect(problems[0]).toMatchObject({ key: `${database}/bad` });
    // Kept, not lost: the bad record is in the aside store under its backup key.
    const aside = await rawStore(`${database}:aside`);
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = aside.transaction('records').objectStore('records').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    aside.close();
    expect(keys.map(String).sort()[0]).toMatch(/^bad:backup:\d{4}-/);
    expect(await lessons.list()).toHaveLength(1);
  });

  it('refuses a record that will not fit before writing, saying how much it needs', async () => {
    estimateStorage(990, 1000);
    const lessons = collection();
    const error = await lessons.put('a', { id: 'a', title: 'x'.repeat(100) }).catch((e) => e);
    expect(error).toBeInstanceOf(DeviceStorageError);
    expect(error).toMatchObject({ reason: 'quota', available: 10 });
    expect(error.needed).toBeGreaterThan(100);
    vi.unstubAllGlobals();
    expect(await lessons.list()).toEqual([]);
  });
});

describe('asking to keep data', () => {
  it('asks the browser once it is not yet persisted', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: async () => false, persist },
    });
    expect(await askToKeepData()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('answers false where the browser has no such request', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    expect(await askToKeepData()).toBe(false);
  });
});
