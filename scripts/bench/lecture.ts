/**
 * A 70-minute lecture as a teacher's two subtitle files: `cues` Chinese cues (SRT) and as many
 * English ones (WebVTT) cut at other times, made from Lesson 12's sentences in turn. For the
 * "Add a lesson" benchmark; nothing here is committed data.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { formatVttTimestamp } from '@/utils/time';

export const LECTURE_SECONDS = 70 * 60;

const sentences = (text: string, end: RegExp) =>
  text
    .split(end)
    .map((s) => s.trim())
    .filter(Boolean);

const srtTime = (t: number) => formatVttTimestamp(t, ',');

export function makeLecture(source: Lesson, cues = 1200): { zh: string; en: string } {
  const zh = source.passages.flatMap((p) => sentences(p.zh, /(?<=[。！？；])/u));
  const en = source.passages.flatMap((p) => sentences(p.en, /(?<=[.!?;])\s+/u));
  const step = LECTURE_SECONDS / (cues + 1);
  const srt: string[] = [];
  const vtt: string[] = ['WEBVTT', ''];
  for (let i = 0; i < cues; i++) {
    // Chinese cues fill most of their step; the English ones start a little later, and every
    // fifth runs on past the next Chinese cue's start, so pairing has overlaps to weigh.
    const start = 1 + i * step;
    srt.push(
      `${i + 1}`,
      `${srtTime(start)} --> ${srtTime(start + step * 0.9)}`,
      zh[i % zh.length]!,
      '',
    );
    const enStart = start + step * 0.15;
    const enEnd = start + step * (i % 5 === 4 ? 1.1 : 0.95);
    vtt.push(
      `${formatVttTimestamp(enStart)} --> ${formatVttTimestamp(enEnd)}`,
      en[i % en.length]!,
      '',
    );
  }
  return { zh: srt.join('\n'), en: vtt.join('\n') };
}
