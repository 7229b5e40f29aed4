/**
 * Saved settings and documents, one key each. Rules:
 * - keys are `tandem:v<version>:<name>` and hold JSON checked by the value's zod schema; keys an
 *   earlier release wrote are read once, written under the new key, then removed;
 * - data that is not JSON or fails its schema is moved aside (`<key>:backup:<time>`) and the
 *   fallback is used; data that cannot be moved aside is left in place and never overwritten;
 * - a refused write keeps the value in memory; every problem is a code, reported once;
 * - a change another tab makes is read again and passed to subscribers.
 * Usable outside React; zustand stores read at creation, write on change and subscribe.
 */
import type * as z from 'zod/mini';
import { getRaw, setAside, setRaw, watchOtherTabs } from './local-storage';
import {
  forgetWriteProblems,
  reportStorageProblem,
  resetStorageProblems,
  type StorageProblem,
  type WriteFailure,
} from './storage-problems';

interface LegacyKey {
  key: string;
  /** How that release wrote its value; JSON unless said. */
  decode?: (raw: string) => unknown;
}

export interface SettingOptions<T> {
  /** The value's name in its key, `tandem:v<version>:<name>`. */
  name: string;
  version: number;
  schema: z.ZodMiniType<T>;
  fallback: T;
  legacy?: readonly LegacyKey[];
  /** False for a value whose owner shows its problems in place (notes do, in their panel). */
  report?: boolean;
}

export interface Loaded<T> {
  value: T;
  problem?: StorageProblem;
  /** Set while writing would destroy data that could not be moved aside: the reason. */
  blocked?: WriteFailure;
}

type WriteResult = { ok: true } | { ok: false; problem: StorageProblem };

export interface Setting<T> {
  readonly key: string;
  /** The value: read from storage once, then kept in memory. */
  read(): T;
  /** Reads storage again now (another tab may have written). */
  load(): Loaded<T>;
  write(value: T): WriteResult;
  /** Deletes the key: the value is the fallback again. */
  remove(): WriteResult;
  /** Told when another tab changes the value; this tab's own writes are not echoed. */
  subscribe(listener: (loaded: Loaded<T>) => void): () => void;
}

const settingKey = (name: string, version: number) => `tandem:v${version}:${name}`;

interface Entry {
  changedElsewhere(): void;
  forget(): void;
}

const entries = new Map<string, Entry>();
let watching = false;

function handleOtherTab(key: string | null) {
  if (key === null) entries.forEach((entry) => entry.changedElsewhere());
  else entries.get(key)?.changedElsewhere();
}

function parse<T>(schema: z.ZodMiniType<T>, raw: string, decode: (raw: string) => unknown) {
  try {
    const result = schema.safeParse(decode(raw));
    return result.success ? { ok: true as const, value: result.data } : null;
  } catch {
    return null; // not JSON
  }
}

export function defineSetting<T>(options: SettingOptions<T>): Setting<T> {
  const { schema, fallback, legacy = [], report = true } = options;
  const key = settingKey(options.name, options.version);
  const listeners = new Set<(loaded: Loaded<T>) => void>();
  let cache = fallback;
  let loaded = false;
  let blocked: WriteFailure | undefined;

  const fromRaw = (at: string, raw: string, decode = JSON.parse): Loaded<T> => {
    const parsed = parse(schema, raw, decode);
    if (parsed) return { value: parsed.value };
    const aside = setAside(at, raw);
    if (aside.ok)
      return { value: fallback, problem: { code: 'corrupt', key: at, asideKey: aside.asideKey } };
    const problem = { code: 'corrupt-kept', key: at, reason: aside.reason } as const;
    // Data left under an old key is not in the way of writing the new one.
    return { value: fallback, problem, blocked: at === key ? aside.reason : undefined };
  };

  const migrate = (old: LegacyKey): Loaded<T> | null => {
    const raw = getRaw(old.key);
    if (raw === null || raw === undefined) return null;
    const found = fromRaw(old.key, raw, old.decode);
    // The old key goes only once the new one holds the value.
    if (!found.problem && setRaw(key, JSON.stringify(found.value)).ok) setRaw(old.key, null);
    return found;
  };

  const readStored = (): Loaded<T> => {
    const raw = getRaw(key);
    if (raw === undefined)
      return { value: fallback, problem: { code: 'read-denied', key }, blocked: 'denied' };
    if (raw !== null) return fromRaw(key, raw);
    for (const old of legacy) {
      const found = migrate(old);
      if (found) return found;
    }
    return { value: fallback };
  };

  const load = (): Loaded<T> => {
    const found = readStored();
    cache = found.value;
    loaded = true;
    blocked = found.blocked;
    if (found.problem && report) reportStorageProblem(found.problem);
    return found;
  };

  const fail = (problem: StorageProblem): WriteResult => {
    if (report) reportStorageProblem(problem);
    return { ok: false, problem };
  };

  const persist = (raw: string | null): WriteResult => {
    if (blocked) {
      // Perhaps there is room now to move the unreadable data aside.
      const again = readStored();
      blocked = again.blocked;
      if (again.problem && report) reportStorageProblem(again.problem);
      if (blocked) return fail({ code: blocked, key, errorName: '' });
    }
    const result = setRaw(key, raw);
    if (!result.ok) return fail({ code: result.reason, key, errorName: result.errorName });
    forgetWriteProblems(key);
    return { ok: true };
  };

  entries.set(key, {
    changedElsewhere() {
      if (!loaded && listeners.size === 0) return;
      const before = JSON.stringify(cache);
      const found = load();
      if (found.problem || JSON.stringify(found.value) !== before)
        listeners.forEach((listener) => listener(found));
    },
    forget() {
      cache = fallback;
      loaded = false;
      blocked = undefined;
    },
  });
  if (!watching && typeof window !== 'undefined') {
    watchOtherTabs(handleOtherTab);
    watching = true;
  }

  return {
    key,
    read: () => (loaded ? cache : load().value),
    load,
    write(value) {
      cache = value;
      loaded = true;
      return persist(JSON.stringify(value));
    },
    remove() {
      cache = fallback;
      loaded = true;
      return persist(null);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * For tests: every setting is read from storage again and nothing is reported yet, as after a
 * reload.
 * @internal
 */
export function resetSavedSettings() {
  entries.forEach((entry) => entry.forget());
  resetStorageProblems();
}
