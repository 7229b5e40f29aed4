/**
 * Pinyin for ruby text. The whole text goes to pinyin-pro in one call, so it can segment it
 * into words and pick each polyphonic character's reading from its word (发展 fā, 头发 fa;
 * 重要 zhòng, 重新 chóng). Readings are as spoken, with pinyin-pro's default tone sandhi of
 * 一 and 不 (一带一路 yí dài yí lù, 不断 bú duàn), because they accompany a narration.
 */
import { pinyin } from 'pinyin-pro';

export interface RubySegment {
  text: string;
  /** Tone-marked reading of a Han character; absent on runs of anything else. */
  pinyin?: string;
}

/**
 * Readings that override pinyin-pro 3.29.4's, so the pinyin over the text is the one the word
 * card shows (CC-CEDICT's). Words it mis-segments in Lesson 12: 实行高水平 is cut as 实|行高
 * (行高 "row height", háng gāo), and 高质量共建 in passage 13 gets liáng. Words it reads with
 * a full tone where CC-CEDICT (and the spoken language) has a neutral one, as
 * `npm run build-words` reports them. Each word has one reading wherever it occurs.
 */
export const PINYIN_CORRECTIONS: Readonly<Record<string, readonly string[]>> = {
  实行: ['shí', 'xíng'],
  质量: ['zhì', 'liàng'],
  时候: ['shí', 'hou'],
  还是: ['hái', 'shi'],
  总书记: ['zǒng', 'shū', 'ji'],
  力量: ['lì', 'liang'],
  多个: ['duō', 'ge'],
  关系: ['guān', 'xi'],
  // After 关系: a later correction wins where they overlap; CC-CEDICT reads this one xì.
  生产关系: ['shēng', 'chǎn', 'guān', 'xì'],
};

// Passages are rendered again on every language switch; the cache is bounded because texts
// from other lessons would otherwise accumulate for the life of the tab.
const MAX_CACHED = 500;
const cache = new Map<string, readonly RubySegment[]>();

/** One entry per code point of `text`, in order, with its reading or undefined. */
function readCharacters(text: string): { char: string; reading?: string }[] {
  const chars = pinyin(text, { type: 'all', toneType: 'symbol' }).map((item) => ({
    char: item.origin,
    reading: item.isZh && item.pinyin ? item.pinyin : undefined,
  }));
  applyCorrections(text, chars);
  return chars;
}

function applyCorrections(text: string, chars: { char: string; reading?: string }[]) {
  // Corrections are indexed by UTF-16 offset; characters outside the BMP take two units.
  const atOffset: number[] = [];
  chars.forEach((c, i) => atOffset.push(...Array<number>(c.char.length).fill(i)));
  for (const [word, readings] of Object.entries(PINYIN_CORRECTIONS)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      readings.forEach((reading, k) => (chars[atOffset[at]! + k]!.reading = reading));
    }
  }
}

/**
 * Splits `text` into Han characters, each with its reading, and runs of everything else
 * (punctuation, Latin, digits, spaces, Han characters pinyin-pro has no reading for).
 * Joining the segments' text gives `text` back. Results are cached per text.
 */
export function toRubySegments(text: string): readonly RubySegment[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const segments: RubySegment[] = [];
  for (const { char, reading } of readCharacters(text)) {
    const last = segments.at(-1);
    if (reading) segments.push({ text: char, pinyin: reading });
    else if (last && last.pinyin === undefined) last.text += char;
    else segments.push({ text: char });
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(text, segments);
  return segments;
}
