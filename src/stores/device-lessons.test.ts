import 'fake-indexeddb/auto';
import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { makeLesson } from '@/testing/lesson-fixture';
import {
  deleteDeviceLesson,
  getDeviceVideo,
  LessonExistsError,
  listDeviceLessons,
  saveDeviceLesson,
} from './device-lessons';

// jsdom's Blob cannot be cloned into (fake) IndexedDB; Node's can, as a browser's can.
beforeEach(() => {
  vi.stubGlobal('Blob', NodeBlob);
  vi.stubGlobal('File', NodeFile);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  for (const { key } of await listDeviceLessons()) await deleteDeviceLesson(key);
});

describe('device lessons', () => {
  it('lists a saved lesson with its size, video included, until it is deleted', async () => {
    const video = new File(['0123456789'], 'talk.webm', { type: 'video/webm' });
    await saveDeviceLesson(makeLesson({ id: 'talk' }), video);
    const [saved] = await listDeviceLessons();
    expect(saved).toMatchObject({ key: 'talk', value: { video: { name: 'talk.webm', size: 10 } } });
    expect(saved!.size).toBeGreaterThan(JSON.stringify(makeLesson()).length + 9);
    expect(await (await getDeviceVideo('talk'))?.text()).toBe('0123456789');
    await deleteDeviceLesson('talk');
    expect(await listDeviceLessons()).toEqual([]);
    expect(await getDeviceVideo('talk')).toBeUndefined();
  });

  it('refuses the same lesson twice and keeps the first', async () => {
    await saveDeviceLesson(makeLesson({ id: 'twice', title: { en: 'First', zh: '一' } }));
    await expect(saveDeviceLesson(makeLesson({ id: 'twice' }))).rejects.toEqual(
      new LessonExistsError('twice'),
    );
    const [kept] = await listDeviceLessons();
    expect(kept!.value.lesson.title.en).toBe('First');
  });

  it('keeps no video when the lesson itself cannot be saved', async () => {
    const storage = { estimate: vi.fn().mockResolvedValueOnce({ usage: 0, quota: 1e9 }) };
    storage.estimate.mockResolvedValue({ usage: 1e9, quota: 1e9 });
    vi.stubGlobal('navigator', { ...navigator, storage });
    const video = new File(['frames'], 'v.mp4', { type: 'video/mp4' });
    await expect(saveDeviceLesson(makeLesson({ id: 'full' }), video)).rejects.toMatchObject({
      reason: 'quota',
    });
    expect(await getDeviceVideo('full')).toBeUndefined();
    expect(await listDeviceLessons()).toEqual([]);
  });
});
