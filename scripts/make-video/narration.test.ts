import { fitSpeed, narrationText, nextSpeed, SPEED, speechTarget } from './narration';

describe('narrationText', () => {
  it('puts 百分之 before the number it belongs to', () => {
    expect(narrationText('占比达到63.6%。')).toBe('占比达到百分之63.6。');
    expect(narrationText('仅为53%')).toBe('仅为百分之53');
  });

  it('says 加 for + and 至 for ~, and leaves other text alone', () => {
    expect(narrationText('“中国+中亚五国”')).toBe('“中国加中亚五国”');
    expect(narrationText('2011~2021年')).toBe('2011至2021年');
    expect(narrationText('数字中国')).toBe('数字中国');
  });
});

/** A voice that reads 100 words, plus 2 s of pauses that do not speed up. */
const fakeVoice = (calls: number[]) => async (speed: number) => {
  calls.push(speed);
  return { duration: (100 / speed) * 60 + 2 };
};

describe('fitSpeed', () => {
  it('keeps the normal speed when the speech already fits', async () => {
    const calls: number[] = [];
    const result = await fitSpeed(fakeVoice(calls), 60);
    expect(result).toMatchObject({ speed: SPEED.normal, fits: true });
    expect(calls).toEqual([SPEED.normal]);
  });

  it('finds nearly the slowest speed that fits an overrunning passage', async () => {
    const result = await fitSpeed(fakeVoice([]), 20);
    // 100 words in 18 s of speaking time needs 333.3 words/min.
    expect(result.fits).toBe(true);
    expect(result.clip.duration).toBeLessThanOrEqual(20);
    expect(result.speed).toBeGreaterThanOrEqual(334);
    expect(result.speed).toBeLessThanOrEqual(338);
  });

  it('reports a passage that cannot fit even at the fastest speed', async () => {
    const result = await fitSpeed(fakeVoice([]), 5);
    expect(result).toMatchObject({ speed: SPEED.max, fits: false });
  });
});

describe('nextSpeed', () => {
  it('scales with the overrun, moves at least 5 and stops at the maximum', () => {
    expect(nextSpeed(175, 30, 20)).toBeGreaterThanOrEqual(263);
    expect(nextSpeed(100, 20.01, 20)).toBe(105);
    expect(nextSpeed(400, 40, 20)).toBe(SPEED.max);
  });
});

describe('speechTarget', () => {
  it('leaves a breath before the next passage, shorter in short windows', () => {
    expect(speechTarget(32)).toBeCloseTo(31.4);
    expect(speechTarget(10)).toBeCloseTo(9.5);
  });
});
