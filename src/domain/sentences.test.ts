import { parseLesson, type Passage } from '@/domain/lesson-schema';
import data from '../../data/lessons/digital-china-12.json';
import { currentSentenceIndex, sentenceTimes, splitSentences } from './sentences';

const { passages } = parseLesson(data);
const texts = (text: string, language: 'en' | 'zh') =>
  splitSentences(text, language).map((r) => text.slice(r.start, r.end));

/**
 * [zh, en] sentence counts of p1 … p20, read off the source sections. Where they differ:
 * p3 zh ends one sentence at "53%。" that the English runs on; p10 and p11 English split what
 * the Chinese joins with commas; p17 English ends after "Initiative.”", the Chinese says "等。";
 * p19 zh has four (one after “全球数据安全倡议。”), the English two. p1's "(i.e. factors" and
 * p2's "USD 2.15 trillion" and "63.6%" do not end sentences.
 * Ten passages a line.
 */
// prettier-ignore
const COUNTS: [zh: number, en: number][] = [
  [3, 3], [2, 2], [4, 3], [4, 4], [2, 2], [3, 3], [1, 1], [1, 1], [2, 2], [3, 4],
  [3, 4], [3, 3], [3, 3], [2, 2], [3, 3], [3, 3], [2, 3], [2, 2], [4, 2], [2, 2],
];

describe('splitSentences', () => {
  it('finds the hand-counted number of sentences in every passage', () => {
    expect(
      passages.map((p) => [splitSentences(p.zh, 'zh').length, splitSentences(p.en, 'en').length]),
    ).toEqual(COUNTS);
  });

  it('covers each text exactly, without gaps or overlaps', () => {
    for (const passage of passages) {
      for (const language of ['zh', 'en'] as const) {
        const ranges = splitSentences(passage[language], language);
        expect(ranges[0]!.start).toBe(0);
        expect(ranges.at(-1)!.end).toBe(passage[language].length);
        ranges.slice(1).forEach((r, i) => expect(r.start).toBe(ranges[i]!.end));
      }
    }
  });

  it('keeps closing quotes and the following space with the sentence they end', () => {
    expect(texts(passages[9]!.zh, 'zh')[0]).toBe(
      '高质量共建 “数字丝绸之路,” 积极发展 “丝路电商。” ',
    );
    expect(texts(passages[9]!.en, 'en')[0]).toMatch(/advance “Silk Road E-Commerce\.” $/);
    expect(texts(passages[9]!.en, 'en').at(-1)).toMatch(/participating actors\.”$/);
  });

  it('does not end an English sentence at an abbreviation, a decimal or a lower-case word', () => {
    expect(texts(passages[0]!.en, 'en')[2]).toMatch(
      /^The rapid .*\(i\.e\. factors of production\)/,
    );
    expect(
      texts('Made in the U.S. Then shipped by Xu Co., Ltd. today. Mr. Li agreed.', 'en'),
    ).toEqual(['Made in the U.S. Then shipped by Xu Co., Ltd. today. ', 'Mr. Li agreed.']);
    expect(texts('It grew 2.15 times. Really? Yes! On the 21st. Done', 'en')).toEqual([
      'It grew 2.15 times. ',
      'Really? ',
      'Yes! ',
      'On the 21st. ',
      'Done',
    ]);
  });

  it('ends Chinese sentences at full-width and ASCII ! ? ; and keeps an unended tail', () => {
    expect(texts('真的吗?是的!好;再见。还有', 'zh')).toEqual([
      '真的吗?',
      '是的!',
      '好;',
      '再见。',
      '还有',
    ]);
    expect(texts('什么？！“对。”好', 'zh')).toEqual(['什么？！', '“对。”', '好']);
  });
});

describe('sentenceTimes', () => {
  it('shares a passage among its Chinese sentences by Han characters', () => {
    // p9 (03:49–04:03): 14 Han characters, then 42 → the first gets 14 s × 14/56.
    const p9 = sentenceTimes(passages[8]!);
    expect(p9.zh.map((s) => [s.time, s.endTime])).toEqual([
      [229, 232.5],
      [232.5, 243],
    ]);
    // p2 (00:57–01:19): 40 and 20 Han characters; the digits of 2011~2021, 2.15… do not count.
    expect(sentenceTimes(passages[1]!).zh[0]!.endTime).toBeCloseTo(57 + (22 * 40) / 60, 9);
  });

  it('starts at the passage start, ends at its end and never goes back, in every passage', () => {
    for (const passage of passages) {
      const { zh } = sentenceTimes(passage);
      expect(zh[0]!.time).toBe(passage.start);
      expect(zh.at(-1)!.endTime).toBe(passage.end);
      zh.forEach((s, i) => {
        expect(s.endTime).toBeGreaterThanOrEqual(s.time);
        if (i > 0) expect(s.time).toBe(zh[i - 1]!.endTime);
      });
    }
  });

  it('times English sentences like the Chinese ones only where the counts match', () => {
    const unaligned = passages.flatMap((p, i) => (sentenceTimes(p).en ? [] : [`p${i + 1}`]));
    expect(unaligned).toEqual(['p3', 'p10', 'p11', 'p17', 'p19']);
    const { zh, en } = sentenceTimes(passages[0]!);
    expect(en!.map((s) => [s.time, s.endTime])).toEqual(zh.map((s) => [s.time, s.endTime]));
    expect(passages[0]!.en.slice(en![1]!.start, en![1]!.end)).toMatch(/^To optimize/);
  });

  it('gives a sentence without Han characters no time of its own', () => {
    const passage: Passage = {
      id: 'x',
      start: 10,
      end: 16,
      en: 'Hi. OK. Bye.',
      zh: '你好。OK! 再见。',
    };
    expect(sentenceTimes(passage).zh.map((s) => [s.time, s.endTime])).toEqual([
      [10, 13],
      [13, 13],
      [13, 16],
    ]);
  });
});

describe('currentSentenceIndex', () => {
  const p9 = sentenceTimes(passages[8]!).zh;

  it('finds the sentence being spoken', () => {
    expect([229, 232.49, 232.5, 242.99].map((t) => currentSentenceIndex(p9, t))).toEqual([
      0, 0, 1, 1,
    ]);
  });

  it('is -1 outside the passage', () => {
    expect(currentSentenceIndex(p9, 228.99)).toBe(-1);
    expect(currentSentenceIndex(p9, 243)).toBe(-1);
    expect(currentSentenceIndex([], 1)).toBe(-1);
  });

  it('skips a sentence with no time of its own', () => {
    const times = [
      { time: 0, endTime: 1 },
      { time: 1, endTime: 1 },
      { time: 1, endTime: 2 },
    ];
    expect(currentSentenceIndex(times, 1)).toBe(2);
  });
});
