import { parseWordFile, type WordFile } from './word-entries';

const valid: WordFile = {
  version: 1,
  lessonId: 'l',
  credit: 'CC-CEDICT',
  entries: [
    {
      simplified: '数字',
      traditional: '數字',
      pinyin: 'shù zì',
      senses: ['digit'],
      source: 'cedict',
    },
    {
      simplified: '两个',
      traditional: '兩個',
      pinyin: 'liǎng gè',
      senses: [],
      source: 'characters',
      parts: [2, 3],
    },
    { simplified: '两', traditional: '兩', pinyin: 'liǎng', senses: ['two'], source: 'cedict' },
    {
      simplified: '个',
      traditional: '個',
      pinyin: 'gè',
      senses: ['(classifier)'],
      source: 'cedict',
    },
  ],
  passages: [
    {
      id: 'p1',
      words: [
        [0, 2, 0],
        [2, 4, 1],
      ],
    },
  ],
};

describe('parseWordFile', () => {
  it('accepts a word file', () => {
    expect(parseWordFile(valid)).toEqual(valid);
  });

  it('names the path of words out of order and of entries that do not exist', () => {
    const words: [number, number, number][] = [
      [2, 4, 0],
      [1, 3, 9],
    ];
    const broken = { ...valid, passages: [{ id: 'p1', words }] };
    expect(() => parseWordFile(broken)).toThrow(/passages\.0\.words\.1: words must be in order/);
    expect(() => parseWordFile(broken)).toThrow(/passages\.0\.words\.1: no such entry/);
    const badPart = { ...valid, entries: [{ ...valid.entries[1]!, parts: [7] }] };
    expect(() => parseWordFile({ ...badPart, passages: [] })).toThrow(/entries\.0\.parts\.0/);
  });
});
