/**
 * Highlight lag during real playback. For every passage start of the lesson, at 1× and 2×: seek
 * a little before it while paused, play muted across it, and take from each highlighter the
 * media time at which that passage became current; lag = that time − the passage start.
 *
 * The lead before the start is 1.5 s plus a jitter spread evenly (golden-ratio sequence) over
 * one `timeupdate` period (250 ms of wall time, i.e. 250 ms × rate of media), so the timeupdate
 * peer's lag is sampled at all phases instead of one phase fixed by the lead.
 */
import type { Lesson } from '@/domain/lesson-schema';
import { present, summarize, type Summary } from './stats';

export const WHO = ['ours', 'timeupdate', 'hyperaudio'] as const;
export type Who = (typeof WHO)[number];

const BASE_LEAD = 1.5;
const TIMEUPDATE_PERIOD = 0.25;
/** How far past the start to wait for a late highlighter, in media seconds. */
const CAP = 4;
const GOLDEN = 0.6180339887;

export const leadFor = (k: number, rate: number) =>
  BASE_LEAD + ((k * GOLDEN) % 1) * TIMEUPDATE_PERIOD * rate;

export interface LagSample {
  index: number;
  start: number;
  lead: number;
  /** Lag in ms of media time per highlighter; null if it never highlighted within CAP. */
  lag: Record<Who, number | null>;
}

export interface LagResult {
  rate: number;
  samples: LagSample[];
  summary: Record<Who, Summary>;
  missing: Record<Who, number>;
}

/**
 * The probes' `crossBoundary` as run in one browser (page/probes.js): the media times at which
 * each highlighter showed passage `index` as current, in WHO's order.
 */
export type CrossBoundary = (
  index: number,
  start: number,
  rate: number,
  lead: number,
  cap: number,
) => Promise<(number | null)[]>;

export async function measureLag(
  cross: CrossBoundary,
  lesson: Lesson,
  rate: number,
): Promise<LagResult> {
  const samples: LagSample[] = [];
  for (const [index, passage] of lesson.passages.entries()) {
    const lead = leadFor(index, rate);
    const times = await cross(index, passage.start, rate, lead, CAP);
    const lag = Object.fromEntries(
      WHO.map((who, w) => {
        const time = times[w];
        return [who, time == null ? null : (time - passage.start) * 1000];
      }),
    ) as Record<Who, number | null>;
    samples.push({ index, start: passage.start, lead, lag });
  }
  const column = (who: Who) => samples.map((s) => s.lag[who]);
  return {
    rate,
    samples,
    summary: Object.fromEntries(WHO.map((who) => [who, summarize(present(column(who)))])) as Record<
      Who,
      Summary
    >,
    missing: Object.fromEntries(
      WHO.map((who) => [who, column(who).filter((v) => v === null).length]),
    ) as Record<Who, number>,
  };
}
