import { readFileSync } from 'node:fs';
import { ImportError } from '@/domain/import-error';
import { importLesson } from '@/domain/lesson-importer';
import { parseLesson } from '@/domain/lesson-schema';
import { setUiLanguage, translate } from '@/i18n/ui-language';
import { makeLesson } from '@/testing/lesson-fixture';
import { decodeSubtitles } from './decode-subtitles';
import { DraftFileError } from './lesson-draft';
import { parseSubtitles } from './parse-subtitles';
import { problemMessage } from './problem-message';
import { SubtitleError } from './subtitle-error';
import { provideVttCue } from './subtitle-fixtures';

beforeAll(provideVttCue);

const refusal = async (name: string, text: string) => {
  try {
    await parseSubtitles(name, decodeSubtitles(name, new TextEncoder().encode(text)));
  } catch (error) {
    if (error instanceof SubtitleError) return error;
    throw error;
  }
  throw new Error('no refusal');
};

const BAD_TIME =
  '1\n00:00:01,000 --> 00:00:02,000\n你好\n\n2\n00:00:0x,000 --> 00:00:05,000\n再见\n';

afterEach(() => setUiLanguage('en'));

describe('problemMessage for a subtitle file', () => {
  it('gives the lesson maker’s English reason, with its times, in the English interface', async () => {
    expect(problemMessage(await refusal('talk.srt', BAD_TIME), translate)).toBe(
      'talk.srt: cue 2 (line 6): the start time "00:00:0x,000" is not a time like 00:01:02,500',
    );
    expect(problemMessage(await refusal('empty.srt', ''), translate)).toBe(
      'empty.srt: the file is empty',
    );
  });

  it('words every problem in Chinese in the 中文 interface, with the cue and line', async () => {
    setUiLanguage('zh');
    expect(problemMessage(await refusal('talk.srt', BAD_TIME), translate)).toBe(
      'talk.srt：第 2 条字幕（第 6 行）：时间无法读取，或结束不晚于开始（时间应如 00:01:02,500）',
    );
    expect(problemMessage(await refusal('empty.srt', ''), translate)).toBe('empty.srt：文件是空的');
    const problems = [
      'empty',
      'too-large',
      'binary',
      'no-cues',
      'bad-time',
      'out-of-order',
      'overlap',
      'no-language',
      'layout',
      'duration',
    ] as const;
    for (const problem of problems) {
      const message = problemMessage(
        new SubtitleError('a.srt', problem, 'English reason'),
        translate,
      );
      expect(message).not.toContain('English');
      expect(message).toMatch(/^a\.srt：\p{Script=Han}/u);
    }
  });
});

describe('problemMessage for a lesson file whose data is invalid', () => {
  const invalid = () => {
    const lesson = makeLesson();
    const data = { ...lesson, passages: [lesson.passages[1], { ...lesson.passages[0], en: '' }] };
    try {
      parseLesson(data);
    } catch (error) {
      return new DraftFileError('lesson.json', error);
    }
    throw new Error('no refusal');
  };

  it('names each field with its problem, in English', () => {
    expect(problemMessage(invalid(), translate)).toBe(
      'The lesson in lesson.json has problems: passages.0.end: must equal the next passage start; passages.1.en: must not be empty; passages.1.start: must be later than the previous passage start',
    );
  });

  it('words the problems in Chinese in the 中文 interface, with the same fields', () => {
    setUiLanguage('zh');
    expect(problemMessage(invalid(), translate)).toBe(
      'lesson.json 中的课程有问题：passages.0.end: 必须等于下一段的开始时间; passages.1.en: 不能为空; passages.1.start: 必须晚于上一段的开始时间',
    );
  });
});

describe('problemMessage for a series post', () => {
  const post = readFileSync('data/sources/digital-china-12.txt', 'utf8');
  const edited = (edit: (lines: string[]) => void) => {
    const lines = post.split('\n');
    edit(lines);
    return lines.join('\n');
  };
  const footnotes = post.split('\n').findIndex((l) => l === 'Footnotes');
  const posts = [
    '',
    'Speaker\nLength\u0000',
    edited((l) => l.splice(25, 1)),
    post.split('\n').slice(0, 27).join('\n'),
    edited((l) => l.splice(18, 1)),
    edited((l) => l.splice(21, 1)),
    edited((l) => (l[21] = 'Length: nine minutes')),
    edited((l) => (l[33] = '00:50')),
    edited((l) => (l[84] = '09:20')),
    edited((l) => l.splice(31, 1)),
    edited((l) => (l[91] = l[91]!.replace(' (统筹谋划)', ''))),
    edited((l) => (l[91] = l[91]!.slice(2))),
    edited((l) => l.splice(footnotes + 2, 0, l[footnotes + 1]!)),
    edited((l) => l.splice(footnotes + 1, 1, '- 中 (中). d')),
    post.replace('(Lesson 12 of 13)', '(Lesson 12 of 11)'),
    post.replace('(Lesson 12 of 13)', '(Lesson 11 of 13)'),
    edited((l) => (l[18] = l[18]!.replace('April 11, 2025', 'Someday 11, 2025'))),
  ];
  const errors = posts.map((text) => {
    try {
      importLesson(text, { id: 'digital-china-12' });
    } catch (error) {
      if (error instanceof ImportError) return error;
      throw error;
    }
    throw new Error('no refusal');
  });

  it('gives the importer’s own reason, with its line, in the English interface', () => {
    for (const error of errors)
      expect(problemMessage(error, translate)).toBe(
        `Series post text, line ${error.line}: ${error.reason}`,
      );
  });

  it('words each problem in Chinese in the 中文 interface, with what it found', () => {
    setUiLanguage('zh');
    expect(new Set(errors.map((e) => e.problem)).size).toBeGreaterThanOrEqual(15);
    for (const error of errors) {
      const message = problemMessage(error, translate);
      expect(message).toMatch(
        new RegExp(`^系列文章文字第 ${error.line} 行：.*\\p{Script=Han}`, 'u'),
      );
      expect(message).not.toContain(error.reason);
      expect(message).not.toMatch(/[{}]/);
      for (const value of Object.values(error.values))
        if (error.problem !== 'invalid') expect(message).toContain(String(value));
    }
  });
});
