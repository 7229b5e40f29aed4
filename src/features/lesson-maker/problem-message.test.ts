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
