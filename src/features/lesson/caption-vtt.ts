/**
 * The WebVTT text of a lesson's caption tracks, one per language asked: what a lesson kept on
 * this device plays with, built in caption-vtt.worker.ts (or, where no worker runs, on the
 * page's thread at idle; device-lesson.ts).
 */
import { buildCaptionCues, type CaptionLanguage, type CaptionSource } from '@/domain/captions';
import { cuesToWebVtt } from '@/utils/webvtt';

export interface CaptionVttRequest {
  source: CaptionSource;
  languages: CaptionLanguage[];
}

export const captionVtt = (source: CaptionSource, language: CaptionLanguage) =>
  cuesToWebVtt(buildCaptionCues(source, language));
