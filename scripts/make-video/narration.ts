/**
 * What espeak-ng says for a passage and how fast. Pure: rendering is passed in, so the speed
 * search can be tested with a fake voice.
 */

/**
 * espeak-ng's Mandarin voice reads %, + and ~ as English words ("percent", "plus"), so they
 * become the Chinese a speaker would say. 63.6% is read 百分之六十三点六: the 百分之 comes first.
 */
export function narrationText(zh: string): string {
  return zh
    .replace(/(\d+(?:\.\d+)?)\s*[%％]/gu, '百分之$1')
    .replace(/[%％]/gu, '百分之')
    .replace(/[+＋]/gu, '加')
    .replace(/[~～]/gu, '至');
}

export const SPEED = { normal: 175, max: 450 } as const;

/**
 * Next speed to try after `duration` s at `speed` overran `target` s. Speech time scales about
 * as 1/speed, but pauses shrink less than words do, so aim 3% faster than proportional and
 * always move at least 5 words/min.
 */
export function nextSpeed(speed: number, duration: number, target: number): number {
  const proportional = Math.ceil(((speed * duration) / target) * 1.03);
  return Math.min(SPEED.max, Math.max(speed + 5, proportional));
}

export interface Rendered {
  /** Seconds of speech, leading and trailing silence excluded. */
  duration: number;
}

export interface Fitted<T extends Rendered> {
  speed: number;
  clip: T;
  fits: boolean;
}

/** Speeds closer than this sound the same; the search stops there. */
const RESOLUTION = 4;

/**
 * The slowest speed (within RESOLUTION) at which the speech fits `target` s: normal speed when
 * it already fits; otherwise step up proportionally until it fits, then bisect back down
 * between the last speed that overran and the first that fit.
 */
export async function fitSpeed<T extends Rendered>(
  render: (speed: number) => Promise<T>,
  target: number,
): Promise<Fitted<T>> {
  let slow: number = SPEED.normal;
  let fast = slow;
  let clip = await render(fast);
  while (clip.duration > target && fast < SPEED.max) {
    slow = fast;
    fast = nextSpeed(fast, clip.duration, target);
    clip = await render(fast);
  }
  if (clip.duration > target) return { speed: fast, clip, fits: false };
  while (fast - slow > RESOLUTION) {
    const middle = Math.round((slow + fast) / 2);
    const trial = await render(middle);
    if (trial.duration <= target) [fast, clip] = [middle, trial];
    else slow = middle;
  }
  return { speed: fast, clip, fits: true };
}

/** Room for the voice in a passage window: a short breath before the next passage starts. */
export function speechTarget(window: number): number {
  return window - Math.min(0.6, window * 0.05);
}
