import fc from 'fast-check';
import { captionProblems } from '@/testing/caption-check';
import { buildCaptionCues, type CaptionCue, type CaptionLanguage } from './captions';
import type { Passage, Term } from './lesson-schema';
import { sentenceTimes } from './sentences';

/**
 * Random lessons shaped like real ones: Chinese of Han words, key terms, numbers and clause
 * and sentence marks, read at 2 to 6 Han characters a second; English of short words,
 * numbers and punctuation, with as many or other numbers of sentences.
 */
const HAN = [...'数字治理生态国际合作发展环境中国技术经济网络安全规则体系空间平台推动建设'];
const hanWord = fc
  .array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 4 })
  .map((w) => w.join(''));
const number = fc.constantFrom(
  '2011~2021年',
  '63.6%',
  '14倍',
  '2.15万亿',
  '53%',
  '4G',
  '2022年',
  '1,000',
);
const zhMark = fc.constantFrom('，', '、', '：', ',', '。', '！', '？', ' “', '” ');

const termArb = fc
  .record({
    zh: fc.array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 8 }),
    en: fc.constantFrom('Digital Silk Road', 'Belt and Road', 'discourse power'),
  })
  .map(({ zh, en }): Term => ({
    id: `t-${zh.join('')}`,
    en,
    zh: zh.join(''),
    aliases: { en: [], zh: [] },
    footnote: null,
    definition: null,
    citations: [],
  }));

function zhText(terms: readonly Term[]) {
  const token = fc.oneof(
    { weight: 6, arbitrary: hanWord },
    { weight: 1, arbitrary: fc.tuple(number, hanWord).map(([n, w]) => n + w) },
    { weight: 2, arbitrary: zhMark },
    { weight: terms.length ? 2 : 0, arbitrary: fc.constantFrom(...terms.map((t) => t.zh), '无') },
  );
  return fc
    .array(token, { minLength: 1, maxLength: 80 })
    .map((tokens) => `${tokens.join('')}数。`.replace(/^[\s，、：,。！？“”]+/, '').trim());
}

const enWord = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z]{1,12}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2.15', '63.6%', '14-fold', '1,000', 'U.S.', '“Belt', 'Road”'),
  },
  { weight: 1, arbitrary: fc.constantFrom('Digital Silk Road', 'Belt and Road') },
);
const enMark = fc.constantFrom('', '', '', '', ',', ';', ':', '.', '?');
const enText = fc
  .array(fc.tuple(enWord, enMark), { minLength: 1, maxLength: 120 })
  .map(
    (words) =>
      `${words.map(([w, m], i) => (i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w) + m).join(' ')} end.`,
  );

const lessonArb = fc.array(termArb, { maxLength: 3 }).chain((terms) =>
  fc
    .array(fc.tuple(zhText(terms), enText, fc.double({ min: 0.15, max: 0.5, noNaN: true })), {
      minLength: 1,
      maxLength: 4,
    })
    .map((parts) => {
      let start = 0;
      const passages: Passage[] = parts.map(([zh, en, perHan], i) => {
        const han = [...zh].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
        const end = start + Math.max(2, Math.round(han * perHan));
        const passage = { id: `p${i + 1}`, start, end, zh, en };
        start = end;
        return passage;
      });
      return { passages, terms };
    }),
);

const LANGUAGES: CaptionLanguage[] = ['zh', 'en', 'both'];

/** The text of a passage's cues in one language, each cue text once, whitespace normalised. */
function rejoined(cues: readonly CaptionCue[], key: 'zh' | 'en'): string {
  const seen = new Set<number>();
  const parts = cues.flatMap((c) => {
    const part = c[key];
    if (!part || seen.has(part.piece)) return [];
    seen.add(part.piece);
    return [part.lines.join(' ')];
  });
  return normalise(parts.join(' '), key);
}
const normalise = (text: string, key: 'zh' | 'en') =>
  key === 'zh' ? text.replace(/\s+/g, '') : text.replace(/\s+/g, ' ').trim();

describe('buildCaptionCues, for any lesson', () => {
  it('meets every limit, tiles each passage in order and keeps all of its text', () => {
    fc.assert(
      fc.property(lessonArb, fc.constantFrom(...LANGUAGES), (lesson, language) => {
        const cues = buildCaptionCues(lesson, language);
        expect(captionProblems(cues, language, lesson.terms)).toEqual([]);
        lesson.passages.forEach((passage, index) => {
          const own = cues.filter((c) => c.passageIndex === index);
          expect(own[0]!.start).toBe(passage.start);
          expect(own.at(-1)!.end).toBe(passage.end);
          own.slice(1).forEach((cue, k) => expect(cue.start).toBe(own[k]!.end));
          for (const key of ['zh', 'en'] as const)
            if (language === key || language === 'both')
              expect(rejoined(own, key)).toBe(normalise(passage[key], key));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('changes cue where the transcript changes sentence, and runs long only on one clause', () => {
    fc.assert(
      fc.property(lessonArb, fc.constantFrom<CaptionLanguage>('zh', 'both'), (lesson, language) => {
        const cues = buildCaptionCues(lesson, language);
        const starts = new Set(cues.map((c) => Math.round(c.start * 1000)));
        for (const passage of lesson.passages)
          for (const sentence of sentenceTimes(passage).zh)
            if (sentence.endTime > sentence.time)
              expect(starts).toContain(Math.round(sentence.time * 1000));
        for (const cue of cues.filter((c) => c.end - c.start > 7.0005))
          for (const part of [cue.zh, cue.en]) if (part) expect(part.clauses).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
