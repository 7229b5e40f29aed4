import { type QueryClient, queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Lesson } from '@/domain/lesson-schema';
import { lazyModule } from '@/lib/lazy/lazy-module';
import { parseLessonText } from './lesson-check';

export class LessonNotFoundError extends Error {
  constructor(readonly lessonId: string) {
    super(`No lesson "${lessonId}"`);
    this.name = 'LessonNotFoundError';
  }
}

export class LessonLoadError extends Error {
  constructor(readonly status: number) {
    super(`The lesson could not be loaded (HTTP ${status}).`);
    this.name = 'LessonLoadError';
  }
}

export const lessonUrl = (id: string) => `/data/lessons/${encodeURIComponent(id)}.json`;

export async function fetchLesson(id: string, signal?: AbortSignal): Promise<Lesson> {
  const response = await fetch(lessonUrl(id), { signal });
  if (response.status === 404) throw new LessonNotFoundError(id);
  if (!response.ok) throw new LessonLoadError(response.status);
  return parseLessonText(await response.text());
}

// Loaded only when a lesson is not among the bundled ones: most visits never need it.
const deviceLessons = lazyModule(() => import('./device-lesson'));

/** A bundled lesson, else one kept on this device; neither is still "not found". */
async function fetchLessonOrDeviceLesson(id: string, client: QueryClient, signal?: AbortSignal) {
  try {
    return await fetchLesson(id, signal);
  } catch (error) {
    if (!(error instanceof LessonNotFoundError)) throw error;
    // A device lesson's captions are built after it is shown, then put into the cached lesson.
    const addCaptions = (captions: Lesson['captions']) =>
      client.setQueryData<Lesson>(['lessons', id], (old) => old && { ...old, captions });
    const onDevice = await (await deviceLessons.load()).readDeviceLesson(id, addCaptions);
    if (onDevice) return onDevice;
    throw error;
  }
}

/** Only transient failures are worth a retry: a missing or invalid lesson stays so. */
export function shouldRetryLesson(failureCount: number, error: Error) {
  return error instanceof LessonLoadError || error instanceof TypeError ? failureCount < 3 : false;
}

export const getLessonQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['lessons', id],
    queryFn: ({ signal, client }) => fetchLessonOrDeviceLesson(id, client, signal),
    staleTime: Infinity,
    retry: shouldRetryLesson,
    retryDelay: (attempt) => Math.min(300 * 2 ** attempt, 3000),
  });

export const useLesson = (id: string) => useSuspenseQuery(getLessonQueryOptions(id)).data;
