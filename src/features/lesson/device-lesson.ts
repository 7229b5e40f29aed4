/**
 * A lesson kept on this device, made playable: its saved video and its captions (built from
 * its passages, as the importer builds a bundled lesson's caption files) as object URLs.
 * The URLs live as long as the page: React Query keeps the lesson for good (staleTime
 * Infinity), so they are made once per lesson and page.
 *
 * The captions come after the lesson, and off its thread: building three tracks for a 70-minute
 * lecture of 1,200 cues takes seconds, and the transcript should not wait for them; built on
 * the page's thread, even at idle, each track was one long task (up to 1.8 s in Chromium,
 * scripts/bench/maker.ts), during which a lesson played at once drew no frame and moved no
 * highlight. So a worker builds them (caption-vtt.worker.ts), and they are handed over
 * together, so the player adds them at once.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { workerCalls } from '@/lib/worker/worker-calls';
import { getDeviceLesson, getDeviceVideo } from '@/stores/device-lessons';
import { captionVtt, type CaptionVttRequest } from './caption-vtt';

const objectUrl = (blob: Blob) => URL.createObjectURL(blob);

/**
 * When the page is idle. Where no worker runs (jsdom; one whose script failed to load) the
 * tracks are built here, one per idle task: built in plain tasks (setTimeout 0, or after a
 * paint) they ran before React rendered the lesson, holding its first rows back by 3 s
 * (measured, with scripts/bench/maker.ts). Where there is no requestIdleCallback (WebKit),
 * after a paint.
 */
const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 3000 });
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });

async function vttHere({ source, languages }: CaptionVttRequest): Promise<string[]> {
  const texts: string[] = [];
  for (const language of languages) {
    await whenIdle();
    texts.push(captionVtt(source, language));
  }
  return texts;
}

const vttInWorker = workerCalls<CaptionVttRequest, string[]>(
  () => new Worker(new URL('./caption-vtt.worker.ts', import.meta.url), { type: 'module' }),
);

async function captionUrls({ passages, terms, captions }: Lesson): Promise<Lesson['captions']> {
  const texts = await vttInWorker(
    { source: { passages, terms }, languages: captions.map((track) => track.language) },
    vttHere,
  );
  return captions.map((track, i) => ({
    ...track,
    src: objectUrl(new Blob([texts[i]!], { type: 'text/vtt' })),
  }));
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
