/**
 * The limits every caption cue meets: those of the best-known professional timed-text style
 * guide (Netflix's), for English and Simplified Chinese.
 */
export type CaptionTextLanguage = 'en' | 'zh';

export interface LineLimit {
  /** Characters (code points) per line, spaces and punctuation included. */
  maxLine: number;
  maxLines: number;
}

/** Per language; the bilingual track stacks them, so four lines at most, Chinese above. */
export const LINE_LIMITS: Record<CaptionTextLanguage, LineLimit> = {
  en: { maxLine: 42, maxLines: 2 },
  zh: { maxLine: 16, maxLines: 2 },
};

/** Seconds; only a cue holding a single clause that has no clause punctuation may run longer. */
export const MAX_CUE_SECONDS = 7;

/** Where a sentence may be cut into cues first: ，；：、 and , ; : */
export const CLAUSE_MARKS = new Set(['，', '；', '：', '、', ',', ';', ':']);

/** Line length as a reader counts it: one per character, whatever its UTF-16 length. */
export function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count--;
  }
  return count;
}
