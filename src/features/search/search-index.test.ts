import { parseLesson, type Passage } from '@/domain/lesson-schema';
import data from '../../../data/lessons/digital-china-12.json';
import { createSearchIndex, passageSnippet, type SearchHit } from './search-index';

const { passages } = parseLesson(data);
const index = createSearchIndex(passages);

const count = (query: string) => {
  const hits = index.search(query);
  return {
    zh: hits.filter((h) => h.language === 'zh').length,
    en: hits.filter((h) => h.language === 'en').length,
  };
};
const matched = (hit: SearchHit, list: readonly Passage[] = passages) =>
  list[hit.passageIndex]![hit.language].slice(hit.start, hit.end);
const matchedTexts = (query: string) => index.search(query).map((h) => matched(h));

/**
 * Occurrences in the twenty transcript sections (00:25 … 08:40) of
 * data/sources/digital-china-12.txt, which are the lesson's passages (term-counts.test.ts
 * checks that). Counted with `str.count` per section line, each cross-checked by reading the
 * section; "p10" is the tenth section (04:03).
 */
const EXPECTED: [query: string, counts: { zh: number; en: number }][] = [
  // 8 in p1, p6, p13; 6 in p10; 5 in p4; 4 in p5, p12, p20; 3 in p8, p9, p16; 2 in p2, p17,
  // p18, p19; 1 in p3, p7, p11, p15; none in p14 → 68.
  ['数字', { zh: 68, en: 0 }],
  // p10 ×2 (“数字丝绸之路,” and 数字丝绸之路等), p12 ×2, p13 ×1; p15's 古丝绸之路 is not it.
  ['数字丝绸之路', { zh: 5, en: 0 }],
  // p10, p14, p15 once each.
  ['丝路电商', { zh: 3, en: 0 }],
  // 4 in p15; 3 in p8, p9, p10, p12, p16, p20; 2 in p1, p6, p13, p14; 1 in p5, p7 (紧密合作),
  // p11, p17, p18, p19 → 36.
  ['合作', { zh: 36, en: 0 }],
  // The English of the five 数字丝绸之路: p10 ×2, p12 ×2, p13 ×1.
  ['digital silk road', { zh: 0, en: 5 }],
  // 4 in p15, p16 (incl. "Shanghai Cooperation Organization"); 3 in p8, p10, p12, p20; 2 in p1,
  // p6, p9, p13, p14; 1 in p5, p11, p17, p18, p19 → 35. p7's "cooperative" does not contain it.
  ['cooperation', { zh: 0, en: 35 }],
  // p6 "General Secretary Xi Jinping", p12 "President Xi Jinping"; the Chinese says 习近平.
  ['Xi Jinping', { zh: 0, en: 2 }],
  // p1, p6, p7, p8 once each, always written "win-win".
  ['win-win', { zh: 0, en: 4 }],
  ['win win', { zh: 0, en: 4 }],
  // en: p16 "the G20,", p18 ‘G20 High-Level …’ and "G20 Hangzhou Summit", p19 ‘G20 Digital …’;
  // zh: only p18 (G20数字普惠…, G20杭州峰会); p16 and p19 say 二十国集团.
  ['G20', { zh: 2, en: 4 }],
  // p6, p15, p17 in both languages.
  ['2022', { zh: 3, en: 3 }],
];

describe('search over digital-china-12', () => {
  it.each(EXPECTED)('finds %s %j times', (query, expected) => {
    expect(count(query)).toEqual(expected);
  });

  it('reports offsets that cut exactly the matched text out of the passage as written', () => {
    expect(matchedTexts('win win')).toEqual(Array(4).fill('win-win'));
    expect(matchedTexts('DIGITAL SILK ROAD')).toEqual(Array(5).fill('Digital Silk Road'));
    expect(new Set(matchedTexts('丝路电商'))).toEqual(new Set(['丝路电商']));
    const p18 = passages[17]!.zh;
    expect(index.search('g20').filter((h) => h.language === 'zh')).toEqual([
      {
        passageIndex: 17,
        language: 'zh',
        start: p18.indexOf('G20数字'),
        end: p18.indexOf('G20数字') + 3,
      },
      {
        passageIndex: 17,
        language: 'zh',
        start: p18.indexOf('G20杭州'),
        end: p18.indexOf('G20杭州') + 3,
      },
    ]);
  });

  it('ignores apostrophes, so "chinas" and "china\'s" both find China’s', () => {
    expect(matchedTexts('chinas')).toEqual(Array(4).fill('China’s'));
    expect(matchedTexts("china's")).toEqual(Array(4).fill('China’s'));
  });

  it('lets a Chinese query run over the spaces and quote marks the source puts around quotes', () => {
    // p1: 数字中国 “一内一外” 两个环境.
    expect(matchedTexts('数字中国一内一外')).toEqual(['数字中国 “一内一外']);
    expect(matchedTexts('共建数字丝绸之路')).toEqual(['共建 “数字丝绸之路', '共建 “数字丝绸之路']);
  });

  it('does not match across clause punctuation in Chinese', () => {
    // p6: 数字资源共建共享、数字经济活力迸发.
    expect(count('共建共享').zh).toBe(1);
    expect(count('共享数字').zh).toBe(0);
    expect(count('共享、数字').zh).toBe(1);
  });

  it('sorts hits by passage, then Chinese before English, then offset', () => {
    const hits = index.search('2022');
    expect(hits.map((h) => `${h.passageIndex}${h.language}`)).toEqual([
      '5zh',
      '5en',
      '14zh',
      '14en',
      '16zh',
      '16en',
    ]);
    const starts = index.search('数字').filter((h) => h.passageIndex === 0);
    expect(starts.map((h) => h.start)).toEqual(
      [...starts.map((h) => h.start)].sort((a, b) => a - b),
    );
  });

  it('finds nothing for an empty, blank or punctuation-only query', () => {
    for (const query of ['', '   ', '\t\n', '-', '“”', '.*', '。'])
      expect(index.search(query)).toEqual([]);
  });

  it('treats characters that mean something in a RegExp as plain text', () => {
    expect(matchedTexts('(i.e.')).toEqual(['i.e']);
    expect(index.search('[a-z]+')).toEqual([]);
  });
});

describe('search folding', () => {
  const mini: Passage[] = [
    { id: 'a', start: 0, end: 5, en: 'Win–Win: “E-Commerce” at 63.6%!', zh: 'ＡＢＣ数字，数字' },
    { id: 'b', start: 5, end: 9, en: 'U.S. and US; İstanbul', zh: '𠀀数字' },
  ];
  const miniIndex = createSearchIndex(mini);
  const texts = (q: string) => miniIndex.search(q).map((h) => matched(h, mini));

  it('folds case and full-width letters', () => {
    expect(texts('abc')).toEqual(['ＡＢＣ']);
    expect(texts('win win')).toEqual(['Win–Win']);
    expect(texts('e commerce')).toEqual(['E-Commerce']);
  });

  it('matches punctuation-insensitive numbers and abbreviations', () => {
    expect(texts('63.6')).toEqual(['63.6']);
    expect(texts('u.s')).toEqual(['U.S']);
    expect(texts('US')).toEqual(['US']);
  });

  it('does not overlap hits, keeps surrogate pairs whole and keeps offsets of long lowercase', () => {
    expect(texts('数字')).toEqual(['数字', '数字', '数字']);
    expect(texts('𠀀数')).toEqual(['𠀀数']);
    expect(texts('stanbul')).toEqual(['stanbul']);
  });
});

describe('passageSnippet', () => {
  const text =
    'The digital governance ecosystem and international cooperation form two environments.';
  const at = text.indexOf('ecosystem');
  const hit: SearchHit = { passageIndex: 0, language: 'en', start: at, end: at + 9 };

  it('gives whole words of context, marked as cut with an ellipsis', () => {
    expect(passageSnippet(text, hit, 12)).toEqual({
      before: '…governance ',
      match: 'ecosystem',
      after: ' and…',
    });
  });

  it('shows the whole text when the radius reaches both ends', () => {
    const { before, match, after } = passageSnippet(text, hit, 200);
    expect(before + match + after).toBe(text);
  });

  it('cuts Chinese by characters', () => {
    const zh = '数字治理生态和数字领域国际合作';
    const zhHit: SearchHit = { passageIndex: 0, language: 'zh', start: 7, end: 11 };
    expect(passageSnippet(zh, zhHit, 3)).toEqual({
      before: '…生态和',
      match: '数字领域',
      after: '国际合…',
    });
  });
});
