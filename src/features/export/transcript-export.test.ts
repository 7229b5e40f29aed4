import lessonData from '../../../data/lessons/digital-china-12.json';
import { parseLesson } from '@/domain/lesson-schema';
import { en } from '@/i18n/en-messages';
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

const cueTimings = (text: string) => text.match(/^\S+ --> \S+$/gm) ?? [];

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

  it('writes one WebVTT cue per passage with the exact first and last times', () => {
    const vtt = format('Download WebVTT (English)').build(lesson);
    const timings = cueTimings(vtt);
    expect(vtt.startsWith('WEBVTT\n\n')).toBe(true);
    expect(timings).toHaveLength(20);
    expect(timings[0]).toBe('00:00:25.000 --> 00:00:57.000');
    expect(timings[19]).toBe('00:08:40.000 --> 00:09:13.000');
    expect(vtt).toContain(lesson.passages[0]!.en);
    expect(vtt).not.toContain(lesson.passages[0]!.zh);
  });

  it('puts Chinese alone in the 中文 file and Chinese above English in the bilingual one', () => {
    const [first] = lesson.passages;
    expect(format('Download WebVTT (中文)').build(lesson)).toContain(
      `p01\n00:00:25.000 --> 00:00:57.000\n${first!.zh}\n\n`,
    );
    expect(format('Download WebVTT (bilingual)').build(lesson)).toContain(
      `${first!.zh}\n${first!.en}\n\n`,
    );
  });

  it('writes a bilingual SRT with numbered cues and comma milliseconds', () => {
    const srt = format('Download SRT').build(lesson);
    const timings = cueTimings(srt);
    expect(timings).toHaveLength(20);
    expect(srt.startsWith('1\n00:00:25,000 --> 00:00:57,000\n')).toBe(true);
    expect(timings[19]).toBe('00:08:40,000 --> 00:09:13,000');
    expect(srt).toContain(`20\n00:08:40,000 --> 00:09:13,000\n${lesson.passages[19]!.zh}\n`);
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
