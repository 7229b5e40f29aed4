import { parseCedict } from './cedict';
import { chooseEntries, EntryTable } from './word-entry-table';

const cedict = parseCedict(
  [
    '行 行 [hang2] /row; line/',
    '行 行 [xing2] /to walk; to go/capable/',
    '律 律 [Lu:4] /surname Lü/',
    '律 律 [lu:4] /law/',
    '條 条 [tiao2] /strip/',
    '一 一 [yi1] /one/',
    '水平 水平 [shui3 ping2] /level (of achievement etc)/',
    '數據 数据 [shu4 ju4] /data/',
  ].join('\n'),
);

describe('chooseEntries', () => {
  it('takes the senses of the reading in context', () => {
    const { chosen, agreement } = chooseEntries('行', 'xíng', cedict.get('行')!);
    expect(chosen.flatMap((e) => e.senses)).toEqual(['to walk; to go', 'capable']);
    expect(agreement).toBe('same');
  });

  it('puts a common word before a surname', () => {
    expect(chooseEntries('律', 'lǜ', cedict.get('律')!).chosen.flatMap((e) => e.senses)).toEqual([
      'law',
    ]);
  });
});

describe('EntryTable', () => {
  it('gives a word read two ways two entries, and one entry to repeats', () => {
    const table = new EntryTable(cedict);
    const a = table.word('行', 'háng');
    expect(table.word('行', 'xíng')).not.toBe(a);
    expect(table.word('行', 'háng')).toBe(a);
  });

  it('looks a word the dictionary lacks up by its parts, in context', () => {
    const table = new EntryTable(cedict);
    const entry = table.entries[table.word('一条', 'yì tiáo')]!;
    expect(entry).toMatchObject({ source: 'characters', traditional: '一條', senses: [] });
    expect(entry.parts!.map((p) => table.entries[p]!.pinyin)).toEqual(['yì', 'tiáo']);
  });

  it('glosses a key term the dictionary lacks with the lesson’s English and its words', () => {
    const table = new EntryTable(cedict);
    const entry = table.entries[table.term('数据水平', 'shù jù shuǐ píng', 'data level')]!;
    expect(entry).toMatchObject({
      source: 'term',
      senses: ['data level'],
      traditional: '數據水平',
    });
    expect(entry.parts!.map((p) => table.entries[p]!.simplified)).toEqual(['数据', '水平']);
  });
});
