/**
 * Video files kept on this device: in the Origin Private File System where the browser can
 * write it from the page (`createWritable`: Chromium and Firefox; WebKit only from a worker),
 * else as a Blob in IndexedDB, else as its bytes in IndexedDB where the browser refuses Blobs
 * there (WebKit in an ephemeral session: WebKitGTK's MiniBrowser under WebDriver fails the
 * transaction with no error). Either way the file never leaves the device. A video is read
 * back as a File, for an object URL the player plays.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { ensureRoom, isQuotaError, writeFailure } from './device-space';

const FOLDER = 'tandem-v1-videos';
let blobs: UseStore | null = null;
const blobStore = () => (blobs ??= createStore('tandem:v1:device-videos', 'videos'));

// A lesson id is kebab-case already; encoded anyway, as it names a file.
const fileName = (key: string) => encodeURIComponent(key);

async function folder(create: boolean): Promise<FileSystemDirectoryHandle | null> {
  try {
    const root = await navigator.storage?.getDirectory?.();
    return root ? await root.getDirectoryHandle(FOLDER, { create }) : null;
  } catch {
    return null;
  }
}

/** A video stored as its bytes, where IndexedDB refused the File itself. */
interface StoredBytes {
  name: string;
  type: string;
  bytes: ArrayBuffer;
}

async function writeToStore(key: string, file: File): Promise<void> {
  try {
    // IndexedDB keeps a File's name and type with its bytes.
    await set(key, file, blobStore());
  } catch (error) {
    if (isQuotaError(error)) throw error;
    const stored: StoredBytes = {
      name: file.name,
      type: file.type,
      bytes: await file.arrayBuffer(),
    };
    await set(key, stored, blobStore());
  }
}

function fromStore(key: string, stored: unknown): File | undefined {
  if (stored instanceof Blob) return new File([stored], key, { type: stored.type });
  if (typeof stored !== 'object' || stored === null || !('bytes' in stored)) return undefined;
  const { name, type, bytes } = stored as StoredBytes;
  // Not `instanceof ArrayBuffer`: a buffer cloned by another realm's IndexedDB is not one.
  return typeof bytes?.byteLength === 'number' ? new File([bytes], name, { type }) : undefined;
}

async function writeToFolder(key: string, file: Blob): Promise<boolean> {
  const dir = await folder(true);
  if (!dir) return false;
  const handle = await dir.getFileHandle(fileName(key), { create: true });
  // Typed as always there; WebKit has it only in workers.
  if (!('createWritable' in handle)) {
    await dir.removeEntry(fileName(key));
    return false;
  }
  try {
    await file.stream().pipeTo(await handle.createWritable());
  } catch (error) {
    // Half a video is no video: nothing partial stays behind.
    await dir.removeEntry(fileName(key)).catch(() => {});
    throw error;
  }
  return true;
}

/** Copies `file` to the device under `key`; refused with the bytes needed if it will not fit. */
export async function saveVideo(key: string, file: File): Promise<void> {
  await ensureRoom(file.size);
  try {
    if (await writeToFolder(key, file)) return;
    await writeToStore(key, file);
  } catch (error) {
    throw await writeFailure(error, file.size);
  }
}

export async function readVideo(key: string): Promise<File | undefined> {
  const dir = await folder(false);
  if (dir) {
    try {
      return await (await dir.getFileHandle(fileName(key))).getFile();
    } catch {
      // Not in the folder: perhaps saved where the folder could not be written.
    }
  }
  try {
    return fromStore(key, await get<unknown>(key, blobStore()));
  } catch {
    return undefined;
  }
}

export async function removeVideo(key: string): Promise<void> {
  const dir = await folder(false);
  await dir?.removeEntry(fileName(key)).catch(() => {});
  await del(key, blobStore()).catch(() => {});
}
