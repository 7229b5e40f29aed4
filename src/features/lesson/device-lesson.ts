/**
 * A lesson kept on this device, made playable: its saved video and its captions (built from
 * its passages, as the importer builds a bundled lesson's caption files) as object URLs.
 * The URLs live as long as the page: React Query keeps the lesson for good (staleTime
 * Infinity), so they are made once per lesson and page.
 *
 * The captions come after the lesson: building three tracks for a 70-minute lecture of 1,200
 * cues takes seconds (measured: 1.9 s for "both" alone under load), and the transcript should
 * not wait for them. They are built one track per task once the lesson is shown, then handed
 * over together, so the player adds them at once.
 */
import { buildCaptionCues } from '@/domain/captions';
import type { Lesson } from '@/domain/lesson-schema';
import { getDeviceLesson, getDeviceVideo } from '@/stores/device-lessons';
import { cuesToWebVtt } from '@/utils/webvtt';

const objectUrl = (blob: Blob) => URL.createObjectURL(blob);
/**
 * When the page is idle: a track takes about a second to build for a 70-minute lecture of
 * 1,200 cues, and tracks built in plain tasks (setTimeout 0, or after a paint) ran before
 * React rendered the lesson, holding the transcript's first rows back by 3 s (measured, with
 * scripts/bench/maker.ts). Where there is no requestIdleCallback (WebKit), after a paint.
 */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 3000 });
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });

async function captionUrls(lesson: Lesson): Promise<Lesson['captions']> {
  const tracks: Lesson['captions'] = [];
  for (const track of lesson.captions) {
    await whenIdle();
    const vtt = cuesToWebVtt(buildCaptionCues(lesson, track.language));
    tracks.push({ ...track, src: objectUrl(new Blob([vtt], { type: 'text/vtt' })) });
  }
  return tracks;
}

/**
 * The lesson, or undefined if this device has none (or no IndexedDB, as in some private
 * modes). Its captions are empty at first; `onCaptions` receives them once built.
 */
export async function readDeviceLesson(
  id: string,
  onCaptions: (captions: Lesson['captions']) => void,
): Promise<Lesson | undefined> {
  const record = await getDeviceLesson(id).catch(() => undefined);
  if (!record) return undefined;
  const { lesson, video } = record.value;
  const file = video ? await getDeviceVideo(id) : undefined;
  const sources = file
    ? [{ src: objectUrl(file), type: video?.type || file.type || 'video/mp4' }]
    : lesson.sources;
  if (lesson.captions.length > 0) void captionUrls(lesson).then(onCaptions);
  return { ...lesson, sources, captions: [] };
}
