/**
 * WebVTT and SRT text for caption cues: the player's <track>s and the transcript export.
 * Format only: which cues a lesson has is decided above, in src/domain/captions.ts.
 */
import { formatVttTimestamp } from './time';

export interface TextCue {
  /** WebVTT cue identifier; SRT numbers its cues instead. */
  id: string;
  /** Seconds. */
  start: number;
  end: number;
  /** Shown one under the other. */
  lines: readonly string[];
}

/**
 * A blank line ends a cue in both formats, so text that carries one would leak the rest of
 * the text out of the cue (WebVTT §4.1, "cue payload"). Lines are trimmed and empty ones
 * dropped; otherwise the text is untouched.
 */
function nonBlankLines(texts: readonly string[]): string[] {
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

function timing(cue: TextCue, separator: '.' | ','): string {
  const start = formatVttTimestamp(cue.start, separator);
  const end = formatVttTimestamp(cue.end, separator);
  return `${start} --> ${end}`;
}

/** An identifier ends at a line break and must not contain `-->` (WebVTT §4.1). */
function vttIdentifier(id: string): string {
  return id.replace(/[\r\n]+/g, ' ').replace(/--+>/g, (arrow) => `${arrow.slice(0, -1)} >`);
}

export function cuesToWebVtt(cues: readonly TextCue[]): string {
  const blocks = cues.map((cue) => {
    const lines = nonBlankLines(cue.lines).map(escapeVttText);
    return [vttIdentifier(cue.id), timing(cue, '.'), ...lines].join('\n');
  });
  return ['WEBVTT', ...blocks].join('\n\n') + '\n';
}

export function cuesToSrt(cues: readonly TextCue[]): string {
  const blocks = cues.map((cue, i) => {
    const lines = nonBlankLines(cue.lines).map(sanitizeSrtText);
    return [String(i + 1), timing(cue, ','), ...lines].join('\n');
  });
  return blocks.join('\n\n') + '\n';
}
