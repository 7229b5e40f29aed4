import fc from 'fast-check';
import {
  formatDictionary,
  markPinyin,
  markSyllable,
  parseCedict,
  parseCedictLine,
  parseDictionary,
} from './cedict';

describe('markSyllable', () => {
  it.each([
    ['zhong1', 'zhōng'],
    ['Zhong1', 'Zhōng'],
    ['hao3', 'hǎo'],
    ['guo2', 'guó'],
    ['xue2', 'xué'],
    ['dou1', 'dōu'],
    ['gui4', 'guì'],
    ['liu4', 'liù'],
    ['lu:4', 'lǜ'],
    ['nu:3', 'nǚ'],
    ['hou5', 'hou'],
    ['r5', 'r'],
    ['er4', 'èr'],
  ])('%s → %s', (numbered, marked) => expect(markSyllable(numbered)).toBe(marked));

  it('leaves what is not a numbered syllable as it is', () => {
    expect(markPinyin('san1 C')).toBe('sān C');
    expect(markPinyin('Ka3 er3 · Ma3 ke4 si1')).toBe('Kǎ ěr · Mǎ kè sī');
  });

  it('puts exactly one tone mark on a vowel, keeping the letters', () => {
    const syllable = fc
      .tuple(
        fc.constantFrom('', 'zh', 'x', 'l', 'n', 'g', 'b'),
        fc.constantFrom(
          'a',
          'ai',
          'ao',
          'e',
          'ei',
          'ou',
          'i',
          'ia',
          'iu',
          'ui',
          'u',
          'uo',
          'u:',
          'ue',
        ),
        fc.constantFrom('', 'n', 'ng'),
        fc.integer({ min: 1, max: 4 }),
      )
      .map(([initial, final, coda, tone]) => ({ letters: initial + final + coda, tone }));
    fc.assert(
      fc.property(syllable, ({ letters, tone }) => {
        const marked = markSyllable(`${letters}${tone}`).normalize('NFD');
        const marks = marked.match(/[\u0300\u0301\u0304\u030c]/g) ?? [];
        expect(marks).toEqual([['\u0304', '\u0301', '\u030c', '\u0300'][tone - 1]]);
        expect(marked.replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC')).toBe(
          letters.replace('u:', 'ü'),
        );
      }),
    );
  });
});

describe('parseCedict', () => {
  it('reads forms, tone-marked pinyin and senses', () => {
    expect(parseCedictLine('中國 中国 [Zhong1 guo2] /China/')).toEqual({
      traditional: '中國',
      simplified: '中国',
      pinyin: 'Zhōng guó',
      senses: ['China'],
    });
  });

  it('keeps every entry of a simplified form, in order, and skips comments', () => {
    const cedict = parseCedict(
      [
        '# CC-CEDICT',
        '發 发 [fa1] /to send out/to issue/',
        '髮 发 [fa4] /hair/',
        'not a line',
        '',
      ].join('\n'),
    );
    expect(cedict.get('发')!.map((e) => [e.traditional, e.pinyin, e.senses])).toEqual([
      ['發', 'fā', ['to send out', 'to issue']],
      ['髮', 'fà', ['hair']],
    ]);
    expect(cedict.size).toBe(1);
  });
});

describe('the compact dictionary', () => {
  const source = [
    '# CC-CEDICT',
    '發 发 [fa1] /to send out/to issue/',
    '髮 发 [fa4] /hair/',
    '中國 中国 [Zhong1 guo2] /China/',
    '中 中 [zhong1] /middle/',
    '卡拉OK 卡拉OK [ka3 la1 O K] /karaoke/',
  ].join('\n');

  it('gives the entries CC-CEDICT gives, each word’s readings in order', () => {
    const cedict = parseCedict(source);
    const compact = parseDictionary(formatDictionary(cedict, ['credit']));
    for (const [word, entries] of cedict) expect(compact.get(word)).toEqual(entries);
    expect(compact.has('中')).toBe(true);
    expect(compact.has('国')).toBe(false);
    expect(compact.get('国')).toBeUndefined();
  });

  it('writes a traditional form only where it differs, and the credit as a comment', () => {
    const text = formatDictionary(parseCedict(source), ['CC-CEDICT, CC BY-SA 4.0']);
    expect(text.split('\n').slice(0, 3)).toEqual([
      '# CC-CEDICT, CC BY-SA 4.0',
      '中\t\tzhōng\tmiddle',
      '中国\t中國\tZhōng guó\tChina',
    ]);
  });
});
