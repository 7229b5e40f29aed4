/**
 * Lessons made in the browser and kept on this device: each lesson (checked by the lesson
 * schema whenever it is read) with the facts of its video, and the video itself when the user
 * chose to keep a copy. Saving is all or nothing: the video first, then the lesson; if the
 * lesson cannot be written the video goes again. Features list, read, save and delete through
 * these functions; none of them touches IndexedDB.
 */
import * as z from 'zod/mini';
import { lessonSchema, type Lesson } from '@/domain/lesson-schema';
import { askToKeepData } from '@/lib/storage/device-space';
import { defineDeviceCollection, type DeviceRecord } from '@/lib/storage/device-store';
import { readVideo, removeVideo, saveVideo } from '@/lib/storage/device-videos';

const deviceLessonSchema = z.object({
  lesson: lessonSchema,
  /** The video saved with the lesson: its file name, type and bytes. */
  video: z.optional(z.object({ name: z.string(), type: z.string(), size: z.number() })),
});

export type DeviceLesson = DeviceRecord<z.infer<typeof deviceLessonSchema>>;

const collection = defineDeviceCollection({
  name: 'device-lessons',
  version: 1,
  schema: deviceLessonSchema,
});

export class LessonExistsError extends Error {
  constructor(readonly lessonId: string) {
    super(`A lesson "${lessonId}" is already on this device`);
    this.name = 'LessonExistsError';
  }
}

/** The React Query key of the list, for whoever changes it to invalidate. */
export const DEVICE_LESSONS_KEY = ['device-lessons'] as const;

/** Newest first. */
export async function listDeviceLessons(): Promise<DeviceLesson[]> {
  const found = await collection.list();
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export const getDeviceLesson = (id: string) => collection.get(id);

export async function getDeviceVideo(id: string): Promise<File | undefined> {
  return readVideo(id);
}

export async function saveDeviceLesson(lesson: Lesson, video?: File): Promise<DeviceLesson> {
  if (await collection.get(lesson.id)) throw new LessonExistsError(lesson.id);
  void askToKeepData();
  if (video) await saveVideo(lesson.id, video);
  const facts = video && { name: video.name, type: video.type, size: video.size };
  try {
    return await collection.put(lesson.id, { lesson, video: facts }, video?.size);
  } catch (error) {
    if (video) await removeVideo(lesson.id);
    throw error;
  }
}

export async function deleteDeviceLesson(id: string): Promise<void> {
  await removeVideo(id);
  await collection.remove(id);
}
