/**
 * The transcript as files a teacher can take elsewhere: WebVTT (one language or both), SRT
 * and Markdown. Pure builders; `download.ts` turns their text into a file. The WebVTT and
 * SRT files carry the same sentence cues as the player's captions.
 */
import { buildCaptionCues, type CaptionLanguage } from '@/domain/captions';
import type { Lesson, Term } from '@/domain/lesson-schema';
import type { MessageKey } from '@/i18n/messages';
import { formatClock } from '@/utils/time';
import { cuesToSrt, cuesToWebVtt } from '@/utils/webvtt';

export interface ExportFormat {
  /** Doubles as the middle part of the file name: `<lesson-id>.<variant>.<extension>`. */
  variant: CaptionLanguage;
  extension: 'vtt' | 'srt' | 'md';
  mime: string;
  /** The button's text, a message of the interface. */
  label: Extract<MessageKey, `export.${string}`>;
  build: (lesson: Lesson) => string;
}

const VTT_MIME = 'text/vtt;charset=utf-8';

/** In the order the export panel offers them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    variant: 'en',
    extension: 'vtt',
    mime: VTT_MIME,
    label: 'export.vttEn',
    build: (lesson) => cuesToWebVtt(buildCaptionCues(lesson, 'en')),
  },
  {
    variant: 'zh',
    extension: 'vtt',
    mime: VTT_MIME,
    label: 'export.vttZh',
    build: (lesson) => cuesToWebVtt(buildCaptionCues(lesson, 'zh')),
  },
  {
    variant: 'both',
    extension: 'vtt',
    mime: VTT_MIME,
    label: 'export.vttBoth',
    build: (lesson) => cuesToWebVtt(buildCaptionCues(lesson, 'both')),
  },
  {
    variant: 'both',
    extension: 'srt',
    // No registered type; this is the one players and servers use.
    mime: 'application/x-subrip;charset=utf-8',
    label: 'export.srt',
    build: (lesson) => cuesToSrt(buildCaptionCues(lesson, 'both')),
  },
  {
    variant: 'both',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    label: 'export.markdown',
    build: (lesson) => lessonToMarkdown(lesson),
  },
];

export function exportFileName(lesson: Pick<Lesson, 'id'>, format: ExportFormat): string {
  return `${lesson.id}.${format.variant}.${format.extension}`;
}

/**
 * Backslash-escapes what CommonMark/GFM would read as markup inside a paragraph, so the
 * text renders verbatim: emphasis, code, links, HTML, entities, GFM strikethrough (the
 * lesson writes ranges as "2011~2021"). Other characters stay as typed, for raw readers.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~[\]<]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .split('\n')
    .map(escapeLineStart)
    .join('\n');
}

/** A line that opens with a block marker (heading, quote, list, rule) would change shape. */
function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  return /^[#>+\-=|]/.test(line) ? `\\${line}` : line;
}

/** One paragraph per text: a blank line inside would split it, so lines are kept tight. */
function paragraph(text: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return escapeMarkdown(lines.join('\n'));
}

export function footnotedTerms(terms: readonly Term[]): Term[] {
  return terms.filter((t) => t.footnote !== null).sort((a, b) => a.footnote! - b.footnote!);
}

function footnoteLine(term: Term): string {
  const head = `${term.footnote}. **${escapeMarkdown(term.en)}** (${escapeMarkdown(term.zh)})`;
  const definition = term.definition ? `: ${paragraph(term.definition)}` : '';
  const citations = term.citations.length
    ? ` — ${term.citations.map(escapeMarkdown).join('; ')}`
    : '';
  return `${head}${definition}${citations}`;
}

function header(lesson: Lesson): string[] {
  const { series, title, speaker, published } = lesson;
  return [
    `# ${escapeMarkdown(title.en)}`,
    paragraph(title.zh),
    `*${escapeMarkdown(series.title.en)}* (${escapeMarkdown(series.title.zh)}), Lesson ${series.number} of ${series.total}. ` +
      `${escapeMarkdown(speaker.en)} (${escapeMarkdown(speaker.zh)}), ${published}.`,
  ];
}

/** Title, then every passage as `### MM:SS`, Chinese then English, then the footnotes. */
export function lessonToMarkdown(lesson: Lesson): string {
  const passages = lesson.passages.flatMap((p) => [
    `### ${formatClock(p.start)}`,
    paragraph(p.zh),
    paragraph(p.en),
  ]);
  const notes = footnotedTerms(lesson.terms).map(footnoteLine);
  const footnotes = notes.length ? ['## Footnotes', notes.join('\n')] : [];
  return [...header(lesson), '## Transcript', ...passages, ...footnotes].join('\n\n') + '\n';
}
