/**
 * Records kept on this device in IndexedDB, through idb-keyval (one object store per
 * database, which is all a collection needs). Rules, as for settings (define-setting.ts):
 * - a collection lives in the database `tandem:v<version>:<name>`; each record is an envelope
 *   `{ savedAt, size, value }` whose value is checked by the collection's zod schema on read;
 * - a record that fails its envelope or schema is moved to `…:aside` under
 *   `<key>:backup:<time>` and reported as `corrupt`; the rest of the collection still reads;
 * - a write that would not fit is refused before it starts, with the bytes it needs.
 * The databases open on first use, so a page that never asks never opens them.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { ensureRoom, writeFailure } from './device-space';
import { reportStorageProblem } from './storage-problems';

export interface DeviceRecord<T> {
  key: string;
  value: T;
  /** ISO time of the save. */
  savedAt: string;
  /** Bytes of the value as JSON, plus any files saved beside it. */
  size: number;
}

export interface CollectionOptions<T> {
  name: string;
  version: number;
  schema: z.ZodMiniType<T>;
}

export interface DeviceCollection<T> {
  list(): Promise<DeviceRecord<T>[]>;
  /** The record, or undefined when there is none (or it was unreadable and moved aside). */
  get(key: string): Promise<DeviceRecord<T> | undefined>;
  /** `extraBytes`: files saved with the record, counted in its size. */
  put(key: string, value: T, extraBytes?: number): Promise<DeviceRecord<T>>;
  remove(key: string): Promise<void>;
}

const envelope = z.object({ savedAt: z.string(), size: z.number(), value: z.unknown() });

export function defineDeviceCollection<T>(options: CollectionOptions<T>): DeviceCollection<T> {
  const database = `tandem:v${options.version}:${options.name}`;
  let stores: { records: UseStore; aside: UseStore } | null = null;
  const open = () =>
    (stores ??= {
      records: createStore(database, 'records'),
      aside: createStore(`${database}:aside`, 'records'),
    });

  const moveAside = async (key: string, raw: unknown) => {
    const { records, aside } = open();
    const asideKey = `${key}:backup:${new Date().toISOString()}`;
    try {
      await set(asideKey, raw, aside);
      await del(key, records);
      reportStorageProblem({ code: 'corrupt', key: `${database}/${key}`, asideKey });
    } catch (error) {
      const reason = (await writeFailure(error, 0)).reason;
      reportStorageProblem({ code: 'corrupt-kept', key: `${database}/${key}`, reason });
    }
  };

  const read = async (key: string, raw: unknown): Promise<DeviceRecord<T> | undefined> => {
    const outer = envelope.safeParse(raw);
    const inner = outer.success ? options.schema.safeParse(outer.data.value) : null;
    if (!outer.success || !inner?.success) {
      await moveAside(key, raw);
      return undefined;
    }
    return { key, value: inner.data, savedAt: outer.data.savedAt, size: outer.data.size };
  };

  return {
    async list() {
      // No IndexedDB at all (jsdom; some private windows of old): nothing is kept here.
      if (typeof indexedDB === 'undefined') return [];
      const found = await entries<string, unknown>(open().records);
      const records = await Promise.all(found.map(([key, raw]) => read(key, raw)));
      return records.filter((r): r is DeviceRecord<T> => r !== undefined);
    },
    async get(key) {
      const raw = await get<unknown>(key, open().records);
      return raw === undefined ? undefined : read(key, raw);
    },
    async put(key, value, extraBytes = 0) {
      const json = JSON.stringify(value);
      const size = new Blob([json]).size + extraBytes;
      const record = { savedAt: new Date().toISOString(), size, value };
      await ensureRoom(new Blob([json]).size);
      try {
        await set(key, record, open().records);
      } catch (error) {
        throw await writeFailure(error, size);
      }
      return { key, ...record };
    },
    async remove(key) {
      await del(key, open().records);
    },
  };
}
