import type { TermForms, TermLanguage, TermMatch } from './term-matcher';
import { buildTermIndex, createTermMatcher, getTermIndex } from './term-matcher';

function term(id: string, en: string, zh: string, aliases: Partial<TermForms['aliases']> = {}) {
  return { id, en, zh, aliases: { en: aliases.en ?? [], zh: aliases.zh ?? [] } };
}

const TERMS: TermForms[] = [
  term('idp', 'international discourse power', '话语权', { en: ['discourse power'] }),
  term('icdd', 'international cooperation in the digital domain', '数字领域国际合作'),
  term('space', 'space for international cooperation in the digital domain', '数字领域国际合作空', {
    zh: ['数字领域国际合作空间'],
  }),
  term('dsr', 'Digital Silk Road', '数字丝绸之路'),
  term('ecom', 'Silk Road E-Commerce', '丝路电商'),
  term('bri', 'Belt and Road', '一带一路'),
  term('xi', 'Xi’s Thought', '思想'),
];

const matcher = createTermMatcher(TERMS);
const found = (text: string, language: TermLanguage = 'en') =>
  matcher.match(text, language).map((m) => [m.termId, m.text]);

describe('createTermMatcher', () => {
  it('maps the main form and every alias to its term, giving offsets into the text', () => {
    const text = 'They lack discourse power and international discourse power.';
    expect(matcher.match(text, 'en')).toEqual([
      { termId: 'idp', start: 10, end: 25, text: 'discourse power' },
      { termId: 'idp', start: 30, end: 59, text: 'international discourse power' },
    ]);
    expect(found('拓展数字领域国际合作空间。', 'zh')).toEqual([['space', '数字领域国际合作空间']]);
  });

  it('ignores case in English and reports the text as written', () => {
    expect(found('the DIGITAL silk road and the digital Silk Road')).toEqual([
      ['dsr', 'DIGITAL silk road'],
      ['dsr', 'digital Silk Road'],
    ]);
  });

  it('matches English only at word boundaries', () => {
    expect(found('Digital Silk Roads, Digital Silk Roadmap, preDigital Silk Road')).toEqual([]);
    expect(found('(Digital Silk Road)’s goals; Belt and Road-based')).toEqual([
      ['dsr', 'Digital Silk Road'],
      ['bri', 'Belt and Road'],
    ]);
  });

  it('matches Chinese inside longer words, where there are no boundaries', () => {
    expect(found('古数字丝绸之路上有话语权体系', 'zh')).toEqual([
      ['dsr', '数字丝绸之路'],
      ['idp', '话语权'],
    ]);
  });

  it('prefers the longest term at a position, whether it nests or extends another', () => {
    const text = 'expand the space for international cooperation in the digital domain';
    expect(found(text)).toEqual([['space', text.slice(11)]]);
    expect(found('数字领域国际合作空间和数字领域国际合作', 'zh')).toEqual([
      ['space', '数字领域国际合作空间'],
      ['icdd', '数字领域国际合作'],
    ]);
  });

  it('lets the leftmost match win over a longer overlapping one that starts later', () => {
    expect(found('the Digital Silk Road E-Commerce platform')).toEqual([
      ['dsr', 'Digital Silk Road'],
    ]);
  });

  it('finds adjacent matches with nothing between them', () => {
    expect(found('数字丝绸之路丝路电商一带一路', 'zh')).toEqual([
      ['dsr', '数字丝绸之路'],
      ['ecom', '丝路电商'],
      ['bri', '一带一路'],
    ]);
    expect(found('Belt and Road/Digital Silk Road')).toEqual([
      ['bri', 'Belt and Road'],
      ['dsr', 'Digital Silk Road'],
    ]);
  });

  it('tolerates the quirks of web text: quotes, hyphens, spacing, full-width letters', () => {
    expect(found("Xi's thought, XI’S THOUGHT")).toEqual([
      ['xi', "Xi's thought"],
      ['xi', 'XI’S THOUGHT'],
    ]);
    const variants = 'Silk Road e-commerce; Silk Road E\u2011Commerce; silk road e commerce';
    expect(found(variants).map(([id]) => id)).toEqual(['ecom', 'ecom', 'ecom']);
    const spaced = 'the  Belt\u00a0and\n road, the Ｂｅｌｔ and Ｒｏａｄ';
    expect(found(spaced)).toEqual([
      ['bri', 'Belt\u00a0and\n road'],
      ['bri', 'Ｂｅｌｔ and Ｒｏａｄ'],
    ]);
  });

  it('counts offsets in UTF-16 code units, as String.slice does', () => {
    const [match] = matcher.match('😀 Belt and Road', 'en');
    expect(match).toMatchObject({ start: 3, end: 16 });
  });

  it('gives a form shared by two terms to the one listed first', () => {
    const shared = createTermMatcher([
      term('a', 'digital economy', '数字经济'),
      term('b', 'x', '数字经济'),
    ]);
    expect(shared.match('数字经济', 'zh').map((m) => m.termId)).toEqual(['a']);
  });

  it('finds nothing when there are no terms', () => {
    expect(createTermMatcher([]).match('Digital Silk Road', 'en')).toEqual([]);
  });
});

describe('buildTermIndex', () => {
  const lesson = {
    terms: [TERMS[3]!, TERMS[5]!, term('unused', 'World Internet Conference', '世界互联网大会')],
    passages: [
      { id: 'p1', start: 0, end: 1, en: 'The Digital Silk Road.', zh: '数字丝绸之路。' },
      { id: 'p2', start: 1, end: 2, en: 'No terms here.', zh: '一带一路和数字丝绸之路' },
    ],
  };

  it('lists each passage’s matches per language and each term’s occurrences and counts', () => {
    const index = buildTermIndex(lesson);
    expect(index.passages.map((p) => [p.en.length, p.zh.length])).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect(index.terms.get('digital-silk-road')).toBeUndefined();
    expect(index.terms.get('dsr')).toEqual({
      occurrences: [
        { passageIndex: 0, language: 'en', start: 4, end: 21 },
        { passageIndex: 0, language: 'zh', start: 0, end: 6 },
        { passageIndex: 1, language: 'zh', start: 5, end: 11 },
      ],
      count: { en: 1, zh: 2 },
    });
    expect(index.terms.get('unused')).toEqual({ occurrences: [], count: { en: 0, zh: 0 } });
  });

  it('is computed once per lesson object when read through getTermIndex', () => {
    expect(getTermIndex(lesson)).toBe(getTermIndex(lesson));
    expect(getTermIndex({ ...lesson })).not.toBe(getTermIndex(lesson));
  });
});

/** Leftmost-longest by brute force: at each position try every form, keep the longest. */
function naiveMatch(terms: TermForms[], text: string, language: TermLanguage): TermMatch[] {
  const lower = text.toLowerCase();
  const forms = terms.flatMap((t) =>
    [t[language], ...t.aliases[language]].map((f) => ({ termId: t.id, form: f.toLowerCase() })),
  );
  const isWord = (c: string | undefined) => c !== undefined && /[a-z]/.test(c);
  const joins = (i: number) => language === 'en' && isWord(lower[i - 1]) && isWord(lower[i]);
  const matches: TermMatch[] = [];
  for (let i = 0; i < text.length;) {
    let best: (typeof forms)[number] | undefined;
    for (const f of forms) {
      const end = i + f.form.length;
      if (!lower.startsWith(f.form, i) || joins(i) || joins(end)) continue;
      if (!best || f.form.length > best.form.length) best = f;
    }
    if (!best) i++;
    else {
      const end = i + best.form.length;
      matches.push({ termId: best.termId, start: i, end, text: text.slice(i, end) });
      i = end;
    }
  }
  return matches;
}

/** mulberry32: a tiny seeded PRNG, so a failure reproduces. */
function makeRandom(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Single spaces only, and none at the ends of a form: the folding that the matcher adds on
// top of lowercasing (collapsing runs, trimming) is covered by the unit tests above.
function randomString(random: () => number, alphabet: string[], min: number, max: number) {
  const length = min + Math.floor(random() * (max - min + 1));
  let s = '';
  while (s.length < length) {
    const c = alphabet[Math.floor(random() * alphabet.length)]!;
    if (c === ' ' && (s === '' || s.endsWith(' ') || s.length === length - 1)) continue;
    s += c;
  }
  return s;
}

describe.each([
  { language: 'en' as const, forms: ['a', 'b', 'A', ' '], text: ['a', 'b', 'B', ' ', '.'] },
  { language: 'zh' as const, forms: ['数', '字', '领'], text: ['数', '字', '领', '，'] },
])('leftmost-longest in $language against a brute-force search', ({ language, forms, text }) => {
  it('agrees on 3000 generated texts and term lists', () => {
    const random = makeRandom(12);
    for (let run = 0; run < 3000; run++) {
      const terms = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => {
        const [main, ...aliases] = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
          randomString(random, forms, 1, 4),
        );
        return term(`t${i}`, main!, main!, { en: aliases, zh: aliases });
      });
      const sample = randomString(random, text, 0, 24);
      const context = JSON.stringify({ terms: terms.map((t) => [t.en, ...t.aliases.en]), sample });
      expect(createTermMatcher(terms).match(sample, language), context).toEqual(
        naiveMatch(terms, sample, language),
      );
    }
  });
});
