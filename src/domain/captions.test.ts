import data from '../../data/lessons/digital-china-12.json';
import { captionProblems } from '@/testing/caption-check';
import { buildCaptionCues, longCues } from './captions';
import { parseLesson } from './lesson-schema';
import { sentenceTimes } from './sentences';

const lesson = parseLesson(data);
const tracks = {
  zh: buildCaptionCues(lesson, 'zh'),
  en: buildCaptionCues(lesson, 'en'),
  both: buildCaptionCues(lesson, 'both'),
};
const at = (track: keyof typeof tracks, time: number) =>
  tracks[track].find((c) => c.start <= time && time < c.end)!;

describe('caption cues of Lesson 12', () => {
  it.each(['zh', 'en', 'both'] as const)('meet every limit in %s', (language) => {
    expect(captionProblems(tracks[language], language, lesson.terms)).toEqual([]);
  });

  it('come by sentence: every passage has several, and a new one at each sentence', () => {
    for (const language of ['zh', 'both'] as const) {
      const starts = new Set(tracks[language].map((c) => c.start));
      lesson.passages.forEach((passage, index) => {
        expect(tracks[language].filter((c) => c.passageIndex === index).length).toBeGreaterThan(1);
        for (const sentence of sentenceTimes(passage).zh)
          expect(starts).toContain(Math.round(sentence.time * 1000) / 1000);
      });
    }
  });

  it('show the sentence being spoken at 00:57: Chinese above English in both', () => {
    expect(at('zh', 57.2).lines.join('')).toMatch(/^数据显示,2011~2021年,/);
    expect(at('en', 57.2).lines.join(' ')).toMatch(/^Data shows that from 2011 to 2021,/);
    const both = at('both', 57.2);
    expect(both.lines[0]).toMatch(/^数据显示/);
    expect(both.lines.at(-1)).toMatch(/to 2021,$/);
  });

  it('keep key terms and numbers whole on a line', () => {
    const zhLines = tracks.zh.flatMap((c) => c.lines);
    expect(zhLines.some((l) => l.includes('2011~2021年'))).toBe(true);
    expect(zhLines.some((l) => l.includes('63.6%'))).toBe(true);
    expect(zhLines.filter((l) => l.includes('数字领域国际合作')).length).toBeGreaterThan(5);
    expect(zhLines.some((l) => /数字领域国际$/.test(l))).toBe(false);
  });

  it('run longer than 7 s only as one whole clause, in Chinese and English', () => {
    const long = [...longCues(tracks.zh), ...longCues(tracks.en), ...longCues(tracks.both)];
    expect(long.length).toBeGreaterThan(0);
    for (const cue of long) {
      for (const part of [cue.zh, cue.en]) if (part) expect(part.clauses).toBe(1);
      expect(cue.lines.join('')).toMatch(/[，、,。.”]$/);
    }
  });

  it('hold the English in both with the Chinese, repeating a Chinese cue while the English moves on', () => {
    const repeated = tracks.both.filter(
      (c, i) =>
        i > 0 &&
        c.zh!.piece === tracks.both[i - 1]!.zh!.piece &&
        c.passageIndex === tracks.both[i - 1]!.passageIndex,
    );
    expect(repeated.length).toBeGreaterThan(0);
    for (const cue of tracks.both) {
      expect(cue.lines).toEqual([...cue.zh!.lines, ...cue.en!.lines]);
      expect(cue.lines.length).toBeLessThanOrEqual(4);
    }
  });
});
