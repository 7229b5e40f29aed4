/**
 * A lesson kept on this device, made playable: its saved video and its captions (built from
 * its passages, as the importer builds a bundled lesson's caption files) as object URLs.
 * The URLs live as long as the page: React Query keeps the lesson for good (staleTime
 * Infinity), so they are made once per lesson and page.
 */
import { buildCaptionCues } from '@/domain/captions';
import type { Lesson } from '@/domain/lesson-schema';
import { getDeviceLesson, getDeviceVideo } from '@/stores/device-lessons';
import { cuesToWebVtt } from '@/utils/webvtt';

const objectUrl = (blob: Blob) => URL.createObjectURL(blob);

function captionUrls(lesson: Lesson): Lesson['captions'] {
  return lesson.captions.map((track) => {
    const vtt = cuesToWebVtt(buildCaptionCues(lesson, track.language));
    return { ...track, src: objectUrl(new Blob([vtt], { type: 'text/vtt' })) };
  });
}

/** The lesson, or undefined if this device has none (or no IndexedDB, as in some private modes). */
export async function readDeviceLesson(id: string): Promise<Lesson | undefined> {
  const record = await getDeviceLesson(id).catch(() => undefined);
  if (!record) return undefined;
  const { lesson, video } = record.value;
  const file = video ? await getDeviceVideo(id) : undefined;
  const sources = file
    ? [{ src: objectUrl(file), type: video?.type || file.type || 'video/mp4' }]
    : lesson.sources;
  return { ...lesson, sources, captions: captionUrls(lesson) };
}
