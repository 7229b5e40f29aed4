import lessonData from '../../../data/lessons/digital-china-12.json';
import { buildCaptionCues } from '@/domain/captions';
import { parseLesson } from '@/domain/lesson-schema';
import { en } from '@/i18n/en-messages';
import { captionProblems, readSrt, readWebVtt } from '@/testing/caption-check';
import { makeLesson } from '@/testing/lesson-fixture';
import { formatClock } from '@/utils/time';
import {
  escapeMarkdown,
  EXPORT_FORMATS,
  exportFileName,
  lessonToMarkdown,
} from './transcript-export';

const lesson = parseLesson(lessonData);

/** The format whose button reads `label` in English. */
function format(label: string) {
  return EXPORT_FORMATS.find((f) => en[f.label] === label)!;
}

/** What a Markdown renderer shows: backslash escapes of ASCII punctuation removed. */
const rendered = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('caption exports', () => {
  it.each([
    ['Download WebVTT (English)', 'digital-china-12.en.vtt'],
    ['Download WebVTT (中文)', 'digital-china-12.zh.vtt'],
    ['Download WebVTT (bilingual)', 'digital-china-12.both.vtt'],
    ['Download SRT', 'digital-china-12.both.srt'],
    ['Download Markdown', 'digital-china-12.both.md'],
  ])('names %s %s', (label, filename) => {
    expect(exportFileName(lesson, format(label))).toBe(filename);
  });

  it.each([
    ['Download WebVTT (English)', 'en'],
    ['Download WebVTT (中文)', 'zh'],
    ['Download WebVTT (bilingual)', 'both'],
  ] as const)('writes %s that the W3C validator accepts, cue by sentence', (label, language) => {
    const { errors, cues } = readWebVtt(format(label).build(lesson));
    expect(errors).toEqual([]);
    expect(cues.length).toBeGreaterThan(3 * lesson.passages.length);
    expect(cues[0]!.start).toBe(25);
    expect(cues.at(-1)!.end).toBe(553);
    expect(captionProblems(cues, language, lesson.terms)).toEqual([]);
    // The same cues the player shows: its caption file is built from the same sentences.
    expect(cues.map((c) => [c.id, c.start, c.end])).toEqual(
      buildCaptionCues(lesson, language).map((c) => [c.id, c.start, c.end]),
    );
  });

  it('puts Chinese alone in the 中文 file and Chinese above English in the bilingual one', () => {
    const zh = readWebVtt(format('Download WebVTT (中文)').build(lesson)).cues;
    expect(zh[0]!.lines.join('')).toMatch(/^数字治理生态/);
    expect(zh.flatMap((c) => c.lines).join('')).not.toMatch(/[a-z]{3}/);
    const [first] = readWebVtt(format('Download WebVTT (bilingual)').build(lesson)).cues;
    expect(first!.lines[0]).toMatch(/^数字治理生态/);
    expect(first!.lines.at(-1)).toMatch(/^[A-Za-z ]+$/);
  });

  it('writes a bilingual SRT with numbered sentence cues and comma milliseconds', () => {
    const srt = format('Download SRT').build(lesson);
    const cues = readSrt(srt);
    const bilingual = buildCaptionCues(lesson, 'both');
    expect(srt.startsWith('1\n00:00:25,000 --> ')).toBe(true);
    expect(cues.map((c) => c.id)).toEqual(bilingual.map((_, i) => String(i + 1)));
    expect(cues.map((c) => [c.start, c.end, c.lines])).toEqual(
      bilingual.map((c) => [c.start, c.end, c.lines]),
    );
    expect(captionProblems(cues, 'both', lesson.terms)).toEqual([]);
  });
});

describe('Markdown export', () => {
  const markdown = lessonToMarkdown(lesson);

  it('opens with the title in both languages and the series', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(`# ${lesson.title.en}`);
    expect(lines[2]).toBe(lesson.title.zh);
    expect(markdown).toContain(
      '*Digital China Construction Series* (数字中国建设系列), Lesson 12 of 13',
    );
  });

  it('holds every passage under its time, Chinese then English, whole', () => {
    const text = rendered(markdown);
    expect(markdown.match(/^### \d\d:\d\d$/gm)).toHaveLength(20);
    for (const passage of lesson.passages) {
      const heading = `### ${formatClock(passage.start)}`;
      expect(text).toContain(`${heading}\n\n${passage.zh}\n\n${passage.en}\n\n`);
    }
  });

  it('lists the seven footnoted terms with their whole definitions and citations', () => {
    const section = rendered(markdown.slice(markdown.indexOf('## Footnotes')));
    const items = section.match(/^\d+\. .*$/gm)!;
    expect(items).toHaveLength(7);
    expect(items[0]).toBe(
      `1. **digital governance ecosystem** (数字治理生态): ${lesson.terms[0]!.definition} — ${lesson.terms[0]!.citations[0]}`,
    );
    const footnoted = lesson.terms.filter((t) => t.footnote !== null);
    expect(footnoted).toHaveLength(7);
    footnoted.forEach((term, i) => {
      expect(items[i]).toMatch(new RegExp(`^${term.footnote}\\. \\*\\*`));
      expect(items[i]).toContain(term.definition!);
    });
    expect(section).not.toContain('Digital Silk Road**');
  });

  it('escapes text that Markdown would otherwise read as markup', () => {
    expect(markdown).toContain('2011\\~2021年');
    expect(escapeMarkdown('# not a heading *or* <b>bold</b> &amp;')).toBe(
      '\\# not a heading \\*or\\* \\<b>bold\\</b> \\&amp;',
    );
    expect(escapeMarkdown('2021. A year')).toBe('2021\\. A year');
    const odd = makeLesson({
      passages: [{ id: 'p01', start: 0, end: 120, en: '- one\n\n> two', zh: '一' }],
    });
    expect(lessonToMarkdown(odd)).toContain('### 00:00\n\n一\n\n\\- one\n\\> two\n');
  });

  it('leaves out the Footnotes section when no term has a footnote', () => {
    expect(lessonToMarkdown(makeLesson())).not.toContain('## Footnotes');
  });
});
