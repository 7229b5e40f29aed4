// Lesson 12's words computed as the browser computes them for a lesson made there (the compact
// dictionary, the dictionary segmenter), beside the jieba word file the import writes.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDictionary } from '@/domain/cedict';
import { createDictionarySegmenter } from '@/domain/dictionary-segmenter';
import { parseLesson } from '@/domain/lesson-schema';
import { buildTermIndex } from '@/domain/term-matcher';
import type { WordEntry } from '@/domain/word-entries';
import { buildWordFile } from '@/domain/word-file-build';
import { loadCedict } from './cedict';
import { buildDictionaryText } from './dictionary-file';
import { createSegmenter } from './jieba-segmenter';
import { coveredShare } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lesson = parseLesson(
  JSON.parse(readFileSync(join(ROOT, 'data/lessons/digital-china-12.json'), 'utf8')),
);
const cedict = loadCedict();
const dictionary = parseDictionary(buildDictionaryText());
const browser = buildWordFile(lesson, createDictionarySegmenter(dictionary), dictionary);
const jieba = buildWordFile(lesson, createSegmenter(lesson.terms, cedict), cedict);

const spans = (file: typeof browser.file, p: number) =>
  new Map(file.passages[p]!.words.map(([start, end, entry]) => [`${start},${end}`, entry]));

/** What the card shows (the parts' indices differ between the files). */
const card = ({ parts, ...shown }: WordEntry) => ({ ...shown, parts: parts?.length });

describe('Lesson 12’s words computed in the browser', () => {
  it('keeps every key term whole, where its mark is', () => {
    const index = buildTermIndex(lesson);
    for (const term of lesson.terms)
      for (const o of index.terms.get(term.id)!.occurrences.filter((o) => o.language === 'zh'))
        expect(spans(browser.file, o.passageIndex).has(`${o.start},${o.end}`), term.zh).toBe(true);
  });

  // Measured: 100% (every character is in a dictionary word or a key term); jieba's file 97.2%.
  it('has an entry for the words of at least 99% of the Han characters', () => {
    expect(coveredShare(browser)).toBeGreaterThanOrEqual(0.99);
    expect(coveredShare(jieba)).toBeGreaterThanOrEqual(0.97);
  });

  // Measured: 825 of jieba's 884 words (93.3%).
  it('finds at least 92% of jieba’s words, and gives those the same entries', () => {
    let same = 0;
    let total = 0;
    jieba.file.passages.forEach((passage, p) => {
      const found = spans(browser.file, p);
      for (const [start, end, entry] of passage.words) {
        total++;
        const other = found.get(`${start},${end}`);
        if (other === undefined) continue;
        same++;
        expect(card(browser.file.entries[other]!)).toEqual(card(jieba.file.entries[entry]!));
      }
    });
    expect(same / total).toBeGreaterThanOrEqual(0.92);
  });

  it('reads every word as one of CC-CEDICT’s readings or a tone of it', () => {
    expect(browser.mismatches.filter((m) => m.agreement === 'different')).toEqual([]);
  });
});
