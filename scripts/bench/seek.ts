/**
 * Seek response while paused: set video.currentTime to the middle of another passage and time,
 * in the page (performance.now), how long each highlighter takes to make that passage current.
 * Targets visit the passages in a stride of 7 (coprime with 20), so every seek changes passage
 * and the distances vary from one passage to many.
 */
import type { Page } from '@playwright/test';
import type { Lesson } from '@/domain/lesson-schema';
import { WHO, type Who } from './lag';
import { present, summarize, type Summary } from './stats';

export interface SeekResult {
  seeks: number;
  summary: Record<Who, Summary>;
  missing: Record<Who, number>;
}

export function seekTargets(lesson: Lesson, count: number) {
  const n = lesson.passages.length;
  return Array.from({ length: count }, (_, k) => {
    const index = (k * 7 + 3) % n;
    const passage = lesson.passages[index]!;
    return { index, time: (passage.start + passage.end) / 2 };
  });
}

export async function measureSeek(page: Page, lesson: Lesson, count = 20): Promise<SeekResult> {
  await page.evaluate(() => document.querySelector('video')!.pause());
  const results: (number | null)[][] = [];
  for (const { index, time } of seekTargets(lesson, count))
    results.push(
      await page.evaluate(([i, t]) => window.__bench.seekResponse(i, t), [index, time] as const),
    );
  const column = (w: number) => results.map((r) => r[w] ?? null);
  return {
    seeks: results.length,
    summary: Object.fromEntries(
      WHO.map((who, w) => [who, summarize(present(column(w)))]),
    ) as Record<Who, Summary>,
    missing: Object.fromEntries(
      WHO.map((who, w) => [who, column(w).filter((v) => v === null).length]),
    ) as Record<Who, number>,
  };
}
