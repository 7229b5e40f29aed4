import { toRubySegments } from '@/domain/pinyin';
import { compareReadings, contextReadings, readingOf } from './word-readings';

describe('context readings', () => {
  it('are the pinyin mode’s readings of the same characters', () => {
    const text = '实行高水平开放，推动一带一路不断发展。';
    const readings = contextReadings(text);
    const ruby = toRubySegments(text)
      .filter((s) => s.pinyin)
      .map((s) => s.pinyin);
    expect(readings.filter(Boolean)).toEqual(ruby);
    expect(readingOf(text, readings, 0, 2)).toBe('shí xíng');
    expect(readingOf(text, readings, 10, 14)).toBe('yí dài yí lù');
    expect(readingOf(text, readings, 7, 9)).toBeNull();
  });
});

describe('compareReadings', () => {
  it('takes the tone sandhi of 一 and 不, and capitals, as the same reading', () => {
    expect(compareReadings('一带一路', 'yí dài yí lù', 'Yī dài Yī lù')).toBe('same');
    expect(compareReadings('不断', 'bú duàn', 'bù duàn')).toBe('same');
  });

  it('tells a tone apart from another reading', () => {
    expect(compareReadings('时候', 'shí hòu', 'shí hou')).toBe('tone');
    expect(compareReadings('行', 'háng', 'xíng')).toBe('different');
    expect(compareReadings('绿', 'lǜ', 'lù')).toBe('different');
  });
});
