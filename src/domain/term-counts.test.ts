import { readFileSync } from 'node:fs';
import { parseLesson } from '@/domain/lesson-schema';
import data from '../../data/lessons/digital-china-12.json';
import { buildTermIndex } from './term-matcher';

const lesson = parseLesson(data);
const index = buildTermIndex(lesson);

/**
 * [English, Chinese] occurrences in the twenty transcript sections (00:25 … 08:40) of
 * data/sources/digital-china-12.txt, counted by reading them; a shorter term inside a longer
 * term's occurrence counts for the longer term only. "p05" is the section at 02:15, etc.
 */
const EXPECTED: Record<string, [en: number, zh: number]> = {
  // en & zh: twice each, both in p01 (00:25).
  'digital-governance-ecosystem': [2, 2],
  // en: 9 raw hits minus 2 inside "space for …" (p16, p20) = 7; zh: 11 minus 3 inside 空间 = 8
  // (p20 zh "数字领域国际合作与交流" is the term, its English "cooperation and exchange in" is not).
  'international-cooperation-in-the-digital-domain': [7, 8],
  // Alias "environment for digitalized development" / 数字化发展环境 once, p01; "(global)" form never.
  'environment-for-global-digitalized-development': [1, 1],
  // en: "systemic planning" p07 + alias "Systemically plan" p09; zh 统筹谋划 p07, p09.
  'systemic-planning': [2, 2],
  // en: alias "discourse power" p05, p07 (the full form never occurs); zh 话语权 p05, p07.
  'international-discourse-power': [2, 2],
  // en: p08, p09, p10; zh: p08, p09 twice (the English says "a system characterized by"), p10.
  'system-for-international-exchanges-and-cooperation-in-the-digital-domain': [3, 4],
  // en: p08 (alias "… international digital cooperation …"), p16, p20; zh 数字领域国际合作空间 same three.
  'space-for-international-cooperation-in-the-digital-domain': [3, 3],
  // p10 ×2, p12 ×2, p13 ×1 in both; "ancient Silk Road" / 古丝绸之路 (p15) is not the term.
  'digital-silk-road': [5, 5],
  // p10, p14, p15 in both; bare "e-commerce" / 电子商务 is not the term.
  'silk-road-e-commerce': [3, 3],
  // en: p06, p19 ("Building a …" alias), p17 ("Community with a Shared Future …"); zh: same three.
  'community-of-common-destiny-in-cyberspace': [3, 3],
  // p06, p07 in both; "global development" in p20 is a different phrase.
  'global-digital-development': [2, 2],
  // p18 in both.
  'new-development-pattern': [1, 1],
  // p19 in both; p17's "Data Security Cooperation Initiative" is another initiative.
  'global-data-security-initiative': [1, 1],
  // p19 in both.
  'global-development-initiative': [1, 1],
  // en: p06, p17, p19; zh: p06, p17, p19 twice (English says "its … organization" the second time).
  'world-internet-conference': [3, 4],
  // p12 ×1, p13 ×2, p15 ×1 in both.
  'belt-and-road': [4, 4],
};

describe('term counts in digital-china-12', () => {
  it('has the transcript sections of the source post as its passages', () => {
    const source = readFileSync('data/sources/digital-china-12.txt', 'utf8').split('\n');
    const sections = source.flatMap((line, i) =>
      /^\d\d:\d\d$/.test(line) ? [{ en: source[i + 1], zh: source[i + 2] }] : [],
    );
    expect(lesson.passages.map(({ en, zh }) => ({ en, zh }))).toEqual(sections);
  });

  it('has an expected count for every term', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(lesson.terms.map((t) => t.id).sort());
  });

  it.each(Object.entries(EXPECTED))('finds %s %j times (en, zh)', (id, [en, zh]) => {
    expect(index.terms.get(id)?.count).toEqual({ en, zh });
  });

  it('lets the full Chinese form 数字领域国际合作空间 win over its truncated form and its prefix', () => {
    const texts = index.terms
      .get('space-for-international-cooperation-in-the-digital-domain')!
      .occurrences.filter((o) => o.language === 'zh')
      .map((o) => lesson.passages[o.passageIndex]!.zh.slice(o.start, o.end));
    expect(texts).toEqual(Array(3).fill('数字领域国际合作空间'));
  });
});
