import 'fake-indexeddb/auto';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { DeviceStorageError } from './device-space';
import { readVideo, removeVideo, saveVideo } from './device-videos';

// Whether IndexedDB refuses Blobs, as WebKit's does in an ephemeral session (the transaction
// fails with no error).
let refuseBlobs = false;
vi.mock('idb-keyval', async (original) => {
  const actual = await original<typeof import('idb-keyval')>();
  return {
    ...actual,
    set: (...args: Parameters<typeof actual.set>) =>
      refuseBlobs && args[1] instanceof Blob ? Promise.reject(null) : actual.set(...args),
  };
});

// jsdom's Blob cannot be cloned into (fake) IndexedDB; Node's can, as a browser's can.
beforeEach(() => {
  vi.stubGlobal('Blob', NodeBlob);
  vi.stubGlobal('File', NodeFile);
});
afterEach(() => {
  vi.unstubAllGlobals();
  refuseBlobs = false;
});

// jsdom has no Origin Private File System: these read and write the IndexedDB fallback.
describe('device videos', () => {
  it('reads a saved video back with its bytes and type, until removed', async () => {
    await saveVideo('lecture', new File(['frames'], 'lecture.webm', { type: 'video/webm' }));
    const found = await readVideo('lecture');
    expect(found?.type).toBe('video/webm');
    expect(await found?.text()).toBe('frames');
    await removeVideo('lecture');
    expect(await readVideo('lecture')).toBeUndefined();
  });

  it('keeps the bytes where IndexedDB refuses the File itself, and reads them back as one', async () => {
    refuseBlobs = true;
    await saveVideo('talk', new File(['frames'], 'talk.mp4', { type: 'video/mp4' }));
    const found = await readVideo('talk');
    expect(found).toBeInstanceOf(File);
    expect(found).toMatchObject({ name: 'talk.mp4', type: 'video/mp4', size: 6 });
    expect(new TextDecoder().decode(await found!.arrayBuffer())).toBe('frames');
  });

  it('refuses a video larger than the space left, with both figures', async () => {
    const storage = { estimate: async () => ({ usage: 0, quota: 4 }) };
    vi.stubGlobal('navigator', { ...navigator, storage });
    const error = await saveVideo('big', new File(['123456'], 'big.mp4')).catch((e) => e);
    expect(error).toEqual(new DeviceStorageError('quota', 6, 4));
    expect(error).toMatchObject({ needed: 6, available: 4 });
    vi.stubGlobal('navigator', { ...navigator, storage: undefined });
    expect(await readVideo('big')).toBeUndefined();
  });
});
