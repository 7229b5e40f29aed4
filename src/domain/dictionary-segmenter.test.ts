import { parseCedict } from './cedict';
import { createDictionarySegmenter } from './dictionary-segmenter';
import { segmentPassage } from './word-segments';

const cedict = parseCedict(
  [
    '習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping/',
    '年 年 [nian2] /year/',
    '在 在 [zai4] /at/',
    '說 说 [shuo1] /to speak/',
    '發達國家 发达国家 [fa1 da2 guo2 jia1] /developed nation/',
    '發達國 发达国 [fa1 da2 guo2] /developed country/',
    '家的 家的 [jia1 de5] /(a made-up entry)/',
    '的 的 [de5] /of/',
    '數字 数字 [shu4 zi4] /digit/',
    '領域 领域 [ling3 yu4] /domain/',
    '字領 字领 [zi4 ling3] /(a made-up word across the term)/',
  ].join('\n'),
);
const segmenter = createDictionarySegmenter(cedict);
const words = (text: string, terms: Parameters<typeof segmentPassage>[1] = []) =>
  segmentPassage(text, terms, segmenter).map((t) => text.slice(t.start, t.end));

describe('the browser’s segmenter', () => {
  it('keeps a name whole and leaves numbers and punctuation out', () => {
    expect(words('2023年，习近平在乌镇说。')).toEqual(['年', '习近平', '在', '乌', '镇', '说']);
  });

  it('takes the fewest dictionary words, ICU deciding between as few', () => {
    expect(words('发达国家的')).toEqual(['发达国家', '的']);
  });

  it('never cuts through a key term', () => {
    const text = '数字领域';
    const term = { termId: 't', start: 2, end: 4, text: '领域' };
    expect(words(text, [term])).toEqual(['数字', '领域']);
    expect(words('数字领域')).toEqual(['数字', '领域']);
    const across = { termId: 't', start: 0, end: 3, text: '数字领' };
    expect(words('数字领域', [across])).toEqual(['数字领', '域']);
  });
});
