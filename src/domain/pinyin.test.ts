import { pinyin } from 'pinyin-pro';
import { parseLesson } from '@/domain/lesson-schema';
import data from '../../data/lessons/digital-china-12.json';
import { PINYIN_CORRECTIONS, toRubySegments } from './pinyin';

const { passages } = parseLesson(data);

/** The readings of `word` where it first occurs in passage `n` (1-based, as in the source). */
function readingsIn(n: number, word: string): string {
  const text = passages[n - 1]!.zh;
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`${word} is not in p${n}`);
  return readings(text)
    .slice(at, at + word.length)
    .join(' ');
}

/** One reading (or '' for none) per UTF-16 unit of a BMP-only text. */
function readings(text: string): string[] {
  return toRubySegments(text).flatMap((s) =>
    s.pinyin ? [s.pinyin] : Array(s.text.length).fill(''),
  );
}

describe('toRubySegments', () => {
  it('gives each Han character its tone-marked reading', () => {
    expect(toRubySegments('数字中国')).toEqual([
      { text: '数', pinyin: 'shù' },
      { text: '字', pinyin: 'zì' },
      { text: '中', pinyin: 'zhōng' },
      { text: '国', pinyin: 'guó' },
    ]);
    expect(readings('绿色')).toEqual(['lǜ', 'sè']);
  });

  it.each([
    [11, '重中之重', 'zhòng zhōng zhī zhòng'],
    [6, '重要纽带', 'zhòng yào niǔ dài'],
    [4, '严重威胁', 'yán zhòng wēi xié'],
    [1, '数字化发展', 'shù zì huà fā zhǎn'],
    [2, '数据显示', 'shù jù xiǎn shì'],
    [1, '国际合作', 'guó jì hé zuò'],
    [2, '规模增长', 'guī mó zēng zhǎng'],
    [1, '还要', 'hái yào'],
    [7, '着力破解', 'zhuó lì pò jiě'],
    [18, '目标要求', 'mù biāo yāo qiú'],
    [5, '成为各国', 'chéng wéi gè guó'],
    [15, '为了推动', 'wèi le tuī dòng'],
    [11, '协调机制', 'xié tiáo jī zhì'],
    [5, '积极参与', 'jī jí cān yù'],
    [6, '网络空间', 'wǎng luò kōng jiān'],
    [20, '实际行动', 'shí jì xíng dòng'],
    [1, '使得', 'shǐ de'],
  ])('reads p%i %s as %s', (n, word, expected) => {
    expect(readingsIn(n, word)).toBe(expected);
  });

  it('applies the tone sandhi of 一 and 不 as the narrator speaks them', () => {
    expect(readingsIn(12, '一带一路')).toBe('yí dài yí lù');
    expect(readingsIn(20, '一起')).toBe('yì qǐ');
    expect(readingsIn(4, '不断加剧')).toBe('bú duàn jiā jù');
    expect(readingsIn(7, '不足')).toBe('bù zú');
  });

  it('reads polyphones by their word outside this lesson too', () => {
    expect(readings('头发')).toEqual(['tóu', 'fa']);
    expect(readings('重新')).toEqual(['chóng', 'xīn']);
    expect(readings('银行')).toEqual(['yín', 'háng']);
    expect(readings('进行')).toEqual(['jìn', 'xíng']);
    expect(readings('长期增长')).toEqual(['cháng', 'qī', 'zēng', 'zhǎng']);
  });

  it('corrects the words pinyin-pro mis-segments in this lesson', () => {
    expect(readingsIn(18, '实行高水平')).toBe('shí xíng gāo shuǐ píng');
    expect(readingsIn(13, '高质量共建')).toBe('gāo zhì liàng gòng jiàn');
  });

  it('still needs those corrections (remove them when pinyin-pro gets these right)', () => {
    const raw = (n: number, word: string) => {
      const text = passages[n - 1]!.zh;
      const at = text.indexOf(word);
      return pinyin(text, { type: 'array' })
        .slice(at, at + word.length)
        .join(' ');
    };
    expect(raw(18, '实行')).toBe('shí háng');
    expect(raw(13, '质量')).toBe('zhì liáng');
    expect(Object.keys(PINYIN_CORRECTIONS).slice(0, 2)).toEqual(['实行', '质量']);
  });

  it('reads neutral tones as CC-CEDICT does, so the ruby and the word card agree', () => {
    expect(readings('这时候')).toEqual(['zhè', 'shí', 'hou']);
    expect(readings('还是关系')).toEqual(['hái', 'shi', 'guān', 'xi']);
    expect(readings('总书记的力量')).toEqual(['zǒng', 'shū', 'ji', 'de', 'lì', 'liang']);
    expect(readings('多个')).toEqual(['duō', 'ge']);
    expect(readings('生产关系')).toEqual(['shēng', 'chǎn', 'guān', 'xì']);
  });

  it('keeps everything else as plain runs and gives the text back whole', () => {
    expect(toRubySegments('4G 网络')).toEqual([
      { text: '4G ' },
      { text: '网', pinyin: 'wǎng' },
      { text: '络', pinyin: 'luò' },
    ]);
    expect(toRubySegments('“G20杭州”')[0]).toEqual({ text: '“G20' });
    for (const { zh } of passages)
      expect(
        toRubySegments(zh)
          .map((s) => s.text)
          .join(''),
      ).toBe(zh);
  });

  it('leaves a Han character without a known reading whole and plain', () => {
    expect(toRubySegments('𠀀实行')).toEqual([
      { text: '𠀀' },
      { text: '实', pinyin: 'shí' },
      { text: '行', pinyin: 'xíng' },
    ]);
  });

  it('computes a text once', () => {
    const text = passages[0]!.zh;
    expect(toRubySegments(text)).toBe(toRubySegments(text));
  });
});
