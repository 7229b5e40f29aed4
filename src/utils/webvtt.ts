/**
 * Caption text for a lesson's passages: WebVTT for the player's <track>s, SRT for export.
 * Pure, no DOM. One cue per passage with the passage's exact start and end.
 *
 * The shape is declared here rather than imported from the lesson feature because utils sit
 * below features; a `Passage` satisfies it structurally.
 */
import { formatVttTimestamp } from './time';

export type CaptionLanguage = 'en' | 'zh' | 'both';

export interface CuePassage {
  id: string;
  start: number;
  end: number;
  en: string;
  zh: string;
}

/** 'both' puts Chinese first: it is the spoken language, English is the gloss under it. */
function cueLines(passage: CuePassage, language: CaptionLanguage): string[] {
  if (language === 'both') return [passage.zh, passage.en];
  return [passage[language]];
}

/**
 * A blank line ends a cue in both formats, so text that carries one would leak the rest of
 * the passage out of the cue (WebVTT §4.1, "cue payload"). Lines are trimmed and empty ones
 * dropped; a passage's own single line is otherwise untouched.
 */
function nonBlankLines(texts: string[]): string[] {
  return texts
    .flatMap((t) => t.split(/\r\n|\r|\n/))
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * WebVTT cue text treats `&` and `<` as markup and forbids `-->`; escaping `>` too removes
 * every possible `-->`, so the text shows verbatim in any conforming player.
 */
export function escapeVttText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * SRT has no escape syntax (players show `&amp;` literally), but a line containing `-->` is
 * taken for a timing line by common parsers, so only that sequence is broken up (`-- >`),
 * keeping every character. Matching the whole dash run means `--->` cannot re-form one.
 */
export function sanitizeSrtText(text: string): string {
  return text.replace(/--+>/g, (arrow) => `${arrow.slice(0, -1)} >`);
}

function timing(passage: CuePassage, separator: '.' | ','): string {
  const start = formatVttTimestamp(passage.start, separator);
  const end = formatVttTimestamp(passage.end, separator);
  return `${start} --> ${end}`;
}

/** The cue identifier is the passage id, so a cue can be traced back to its passage. */
export function lessonToWebVtt(passages: readonly CuePassage[], language: CaptionLanguage): string {
  const cues = passages.map((p) => {
    const lines = nonBlankLines(cueLines(p, language)).map(escapeVttText);
    return [p.id, timing(p, '.'), ...lines].join('\n');
  });
  return ['WEBVTT', ...cues].join('\n\n') + '\n';
}

export function lessonToSrt(passages: readonly CuePassage[], language: CaptionLanguage): string {
  const cues = passages.map((p, i) => {
    const lines = nonBlankLines(cueLines(p, language)).map(sanitizeSrtText);
    return [String(i + 1), timing(p, ','), ...lines].join('\n');
  });
  return cues.join('\n\n') + '\n';
}
