// Lesson 12 with the real jieba and CC-CEDICT: the committed word file is what the script
// builds today, and it holds what the look-up card will show.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '@/domain/lesson-schema';
import { buildTermIndex } from '@/domain/term-matcher';
import { parseWordFile } from '@/domain/word-entries';
import { toRubySegments } from '@/domain/pinyin';
import { loadCedict } from './cedict';
import { createSegmenter } from './jieba-segmenter';
import { coveredShare } from './report';
import { buildWordFile } from '@/domain/word-file-build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;
const lesson = parseLesson(read('data/lessons/digital-china-12.json'));
const cedict = loadCedict();
const build = buildWordFile(lesson, createSegmenter(lesson.terms, cedict), cedict);
const { file } = build;

/** The entry of the word at [start, end) of passage `p`, if that span is one word. */
function wordAt(p: number, start: number, end: number) {
  const word = file.passages[p]!.words.find(([s, e]) => s === start && e === end);
  return word && file.entries[word[2]];
}

/** The first occurrence of `text` in the transcript, as a word. */
function firstWord(text: string) {
  const p = lesson.passages.findIndex((passage) => passage.zh.includes(text));
  const start = lesson.passages[p]!.zh.indexOf(text);
  return wordAt(p, start, start + text.length);
}

describe('the word file of Lesson 12', () => {
  it('is the committed public/words/digital-china-12.json, which the schema accepts', () => {
    const committed = parseWordFile(read('public/words/digital-china-12.json'));
    expect(committed).toEqual(file);
  });

  it('never splits a key term: each occurrence is one word', () => {
    const index = buildTermIndex(lesson);
    const footnoted = lesson.terms.filter((t) => t.footnote !== null);
    expect(footnoted).toHaveLength(7);
    for (const term of lesson.terms) {
      const usage = index.terms.get(term.id)!;
      if (term.footnote !== null) expect(usage.count.zh, term.zh).toBeGreaterThan(0);
      for (const o of usage.occurrences.filter((o) => o.language === 'zh')) {
        const zh = lesson.passages[o.passageIndex]!.zh.slice(o.start, o.end);
        expect(wordAt(o.passageIndex, o.start, o.end)?.simplified, term.zh).toBe(zh);
      }
    }
  });

  it('reads every word as the pinyin mode reads it there', () => {
    file.passages.forEach(({ words }, p) => {
      const ruby = toRubySegments(lesson.passages[p]!.zh);
      const readingAt = new Map<number, string>();
      let offset = 0;
      for (const segment of ruby) {
        if (segment.pinyin) readingAt.set(offset, segment.pinyin);
        offset += segment.text.length;
      }
      for (const [start, end, entry] of words) {
        const syllables = [];
        for (let i = start; i < end; i++) if (readingAt.has(i)) syllables.push(readingAt.get(i));
        expect(file.entries[entry]!.pinyin).toBe(syllables.join(' '));
      }
    });
  });

  it('glosses words with CC-CEDICT’s pinyin and senses for their reading in context', () => {
    expect(firstWord('实行')).toMatchObject({ pinyin: 'shí xíng', traditional: '實行' });
    expect(firstWord('实行')!.senses).toEqual([
      'to implement',
      'to carry out',
      'to put into practice',
    ]);
    // CC-CEDICT also has chóng diǎn "to recount (votes)"; only the reading in context counts.
    expect(firstWord('重点')).toMatchObject({ pinyin: 'zhòng diǎn', traditional: '重點' });
    expect(firstWord('重点')!.senses).toContain('important point; main point; focus');
    expect(firstWord('重点')!.senses.join('/')).not.toMatch(/recount/);
    expect(firstWord('格局')).toMatchObject({ pinyin: 'gé jú', source: 'cedict' });
    expect(firstWord('格局')!.senses.join('/')).toMatch(/structure|pattern/);
    expect(firstWord('瓶颈')).toMatchObject({ pinyin: 'píng jǐng', traditional: '瓶頸' });
    expect(firstWord('瓶颈')!.senses).toEqual(cedict.get('瓶颈')![0]!.senses);
    expect(firstWord('一带一路')).toMatchObject({ traditional: '一帶一路', source: 'cedict' });
  });

  it('has an entry for the words of at least 97% of the Han characters', () => {
    expect(coveredShare(build)).toBeGreaterThanOrEqual(0.97);
    expect(build.coverage.none + build.unread).toBe(0);
  });
});
