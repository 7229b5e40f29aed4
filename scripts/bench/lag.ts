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
/** The longest lead leadFor gives at `rate`. */
const longestLead = (rate: number) => BASE_LEAD + TIMEUPDATE_PERIOD * rate;

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

/**
 * The passages whose start a video of `videoSeconds` lets the measure cross at `rate`, in any
 * round: the longest lead before the start lies inside the video, and so does the wait after. A lesson longer
 * than its video (a 70-minute lecture played over the 553 s stand-in) is measured over these.
 */
export function coveredCrossings(
  starts: readonly number[],
  videoSeconds: number,
  rate: number,
): number[] {
  return starts.flatMap((start, index) =>
    start - longestLead(rate) >= 0 && start + CAP <= videoSeconds ? [index] : [],
  );
}

/** The figures of `samples` taken at `rate`. */
function lagResult(rate: number, samples: LagSample[]): LagResult {
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

/** Rounds of one lesson at one rate, as one result (their samples in the order taken). */
export const mergeLag = (rounds: readonly LagResult[]) =>
  lagResult(
    rounds[0]!.rate,
    rounds.flatMap((r) => r.samples),
  );

interface LagOptions {
  /** The passages whose starts to cross; all of them unless given. */
  indices?: Iterable<number>;
  /**
   * Which round of several this is: round r takes each lead from further along the jitter
   * sequence (as passage index + r × the passage count), so a start crossed again is crossed
   * at another phase.
   */
  round?: number;
}

export async function measureLag(
  cross: CrossBoundary,
  lesson: Lesson,
  rate: number,
  { indices = lesson.passages.keys(), round = 0 }: LagOptions = {},
): Promise<LagResult> {
  const samples: LagSample[] = [];
  for (const index of indices) {
    const passage = lesson.passages[index]!;
    const lead = leadFor(index + round * lesson.passages.length, rate);
    const times = await cross(index, passage.start, rate, lead, CAP);
    const lag = Object.fromEntries(
      WHO.map((who, w) => {
        const time = times[w];
        return [who, time == null ? null : (time - passage.start) * 1000];
      }),
    ) as Record<Who, number | null>;
    samples.push({ index, start: passage.start, lead, lag });
  }
  return lagResult(rate, samples);
}
