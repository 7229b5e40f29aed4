/**
 * jieba (through @node-rs/jieba, a native module used only at import time) with the lesson's
 * key terms added as words, and CC-CEDICT as the dictionary the segmenter's words are checked
 * against.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import type { Term } from '@/domain/lesson-schema';
import type { Cedict } from '@/domain/cedict';
import type { Segmenter } from '@/domain/word-segments';

// Far above any word of jieba's own dictionary (的 is about 3e5), so a term wins every path.
const TERM_FREQUENCY = 1_000_000;

export function createSegmenter(terms: readonly Term[], cedict: Cedict): Segmenter {
  const jieba = Jieba.withDict(dict);
  const words = new Set(terms.flatMap((term) => [term.zh, ...term.aliases.zh]));
  if (words.size > 0)
    jieba.loadDict(Buffer.from([...words].map((w) => `${w} ${TERM_FREQUENCY}`).join('\n')));
  // No HMM: it joins unknown characters into guessed words, which no dictionary then has.
  return { cut: (text) => jieba.cut(text, false), has: (word) => cedict.has(word) };
}
