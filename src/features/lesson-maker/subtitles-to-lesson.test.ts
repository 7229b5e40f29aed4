import { buildCaptionCues } from '@/domain/captions';
import { parseLesson } from '@/domain/lesson-schema';
import { captionProblems } from '@/testing/caption-check';
import { fixture, gb18030, lecture, provideVttCue, utf16, utf8 } from './subtitle-fixtures';
import { SubtitleError } from './subtitle-error';
import { subtitlesToLesson, type SubtitlesToLessonInput } from './subtitles-to-lesson';

beforeAll(provideVttCue);

const PUBLISHED = '2026-12-02';
const make = (input: Omit<SubtitlesToLessonInput, 'published'>) =>
  subtitlesToLesson({ published: PUBLISHED, ...input });

async function refusal(input: Omit<SubtitlesToLessonInput, 'published'>): Promise<SubtitleError> {
  const error = await make(input).catch((e: unknown) => e);
  if (error instanceof SubtitleError) return error;
  throw new Error(`expected a SubtitleError, got ${String(error)}`);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
const srt = (...cues: [string, string, string][]) =>
  utf8(cues.map(([a, b, t], i) => `${i + 1}\n${a} --> ${b}\n${t}\n`).join('\n'));

describe('subtitlesToLesson, one layout at a time', () => {
  it('reads a bilingual file with Chinese and English lines in either order', async () => {
    const { lesson, layout, summary } = await make({ files: [fixture('bilingual-lines.srt')] });
    expect(layout).toBe('bilingual-lines');
    expect(lesson.id).toBe('bilingual-lines');
    expect(lesson.title).toEqual({ en: 'bilingual-lines', zh: 'bilingual-lines' });
    expect(lesson.passages).toHaveLength(2);
    expect(lesson.passages[0]).toMatchObject({ id: 'p01', start: 1.2, end: 26.4 });
    expect(lesson.passages[0]!.zh).toMatch(/^各位同学，大家好。今天我们讲数字经济的国际合作。/);
    expect(lesson.passages[0]!.en).toMatch(/^Hello, everyone\. Today we discuss/);
    expect(lesson.passages[1]!.zh).toMatch(
      /^中国提出了《全球数据安全倡议》，希望和各国一起制定规则。/,
    );
    expect(lesson.passages[1]!.en).toMatch(
      /^China has proposed the Global Initiative on Data Security,/,
    );
    expect(lesson.duration).toBe(53);
    expect(summary).toEqual({
      passages: 2,
      cues: { zh: 12, en: 12 },
      unpaired: { zh: 0, en: 0 },
      duration: 53,
      first: { zh: '各位同学，大家好。', en: 'Hello, everyone.' },
      last: { zh: '谢谢大家。', en: 'Thank you.' },
    });
  });

  it('reads a file whose cues come twice, once per language, into the same lesson', async () => {
    const bilingual = await make({ files: [fixture('bilingual-lines.srt')], id: 'x' });
    const { lesson, layout } = await make({ files: [fixture('duplicated-cues.srt')], id: 'x' });
    expect(layout).toBe('duplicated-cues');
    expect(lesson.passages).toEqual(bilingual.lesson.passages);
  });

  it('pairs two files cut differently by time, every cue verbatim, both languages in the same row', async () => {
    const files = [fixture('lecture.zh.srt'), fixture('lecture.en.vtt')];
    const { lesson, layout, summary } = await make({ files });
    expect(layout).toBe('two-files');
    expect(lesson.id).toBe('lecture');
    const zh = lesson.passages.map((p) => p.zh).join('');
    expect(zh).toBe(
      text(files[0]!.bytes)
        .match(/^.*\p{Script=Han}.*$/gmu)!
        .join(''),
    );
    const en = lesson.passages.map((p) => p.en).join(' ');
    expect(en).toContain('global data flows have grown more than fortyfold');
    expect(en).toContain('The first example is cross-border e-commerce. In 2023');
    expect(en).toContain('reached 2.38 trillion yuan & more.');
    const row = lesson.passages.find((p) => p.zh.includes('过去十年'))!;
    expect(row.en).toContain('Over the past decade');
    expect(summary.cues).toEqual({ zh: 12, en: 11 });
    // Cut differently, yet every cue has the other language beside it.
    expect(summary.unpaired).toEqual({ zh: 0, en: 0 });
  });

  it('counts the cues with no other language beside them, as when two files are of two videos', async () => {
    const zh = srt(
      ['00:00:01,000', '00:00:04,000', '各位同学，大家好。'],
      ['00:00:05,000', '00:00:08,000', '今天我们讲数字经济。'],
      ['00:00:09,000', '00:00:12,000', '数据是新的生产要素。'],
      ['00:00:30,000', '00:00:33,000', '谢谢大家。'],
    );
    const en = srt(
      ['00:00:01,500', '00:00:07,000', 'Hello, everyone; today: the digital economy.'],
      ['00:00:20,000', '00:00:24,000', 'A line from another video.'],
    );
    const { summary } = await make({
      files: [
        { name: 'talk.zh.srt', bytes: zh },
        { name: 'talk.en.srt', bytes: en },
      ],
    });
    expect(summary.cues).toEqual({ zh: 4, en: 2 });
    expect(summary.unpaired).toEqual({ zh: 2, en: 1 });
  });

  it('makes a Chinese-only lesson whose English column stays empty, with Chinese captions only', async () => {
    const { lesson, layout, summary } = await make({ files: [fixture('talk.zh.vtt')] });
    expect(layout).toBe('one-language');
    expect(lesson.missingLanguage).toBe('en');
    expect(lesson.passages.every((p) => p.en === '' && p.zh !== '')).toBe(true);
    // No punctuation: the cues' line breaks become spaces, the text is otherwise as written.
    expect(lesson.passages[0]!.zh).toMatch(/^各位同学 大家好 今天我们讲数字经济的国际合作 /);
    expect(lesson.captions.map((c) => c.language)).toEqual(['zh']);
    expect(buildCaptionCues(lesson, 'zh').length).toBeGreaterThan(0);
    expect(summary.first).toEqual({ zh: '各位同学 大家好', en: '' });
  });

  it('puts a Chinese line full of English names in the Chinese column of a bilingual cue', async () => {
    const bytes = srt(
      ['00:00:01,000', '00:00:03,000', '我们用Microsoft Office写\nWe write with Microsoft Office'],
      ['00:00:03,000', '00:00:05,000', '你好\nHello'],
    );
    const { lesson } = await make({ files: [{ name: 'talk.srt', bytes }] });
    expect(lesson.passages[0]).toMatchObject({
      zh: '我们用Microsoft Office写 你好',
      en: 'We write with Microsoft Office Hello',
    });
  });

  it('writes captions within the caption limits in every track', async () => {
    const files = [fixture('lecture.zh.srt'), fixture('lecture.en.vtt')];
    const { lesson } = await make({ files });
    for (const { language } of lesson.captions) {
      const cues = buildCaptionCues(lesson, language);
      expect(cues.length).toBeGreaterThanOrEqual(lesson.passages.length);
      expect(captionProblems(cues, language, lesson.terms)).toEqual([]);
    }
  });

  it('makes an English-only lesson whose Chinese column stays empty', async () => {
    const { lesson, layout } = await make({ files: [fixture('lecture.en.vtt')] });
    expect(layout).toBe('one-language');
    expect(lesson.missingLanguage).toBe('zh');
    expect(lesson.passages.every((p) => p.zh === '' && p.en !== '')).toBe(true);
    expect(lesson.captions.map((c) => c.language)).toEqual(['en']);
    expect(captionProblems(buildCaptionCues(lesson, 'en'), 'en', [])).toEqual([]);
  });

  it('lets the caller overrule the layout: a bilingual file as one column', async () => {
    const { lesson, layout } = await make({
      files: [fixture('bilingual-lines.srt')],
      layout: 'one-language',
    });
    expect(layout).toBe('one-language');
    expect(lesson.missingLanguage).toBe('en');
    expect(lesson.passages[0]!.zh).toMatch(/^各位同学，大家好。Hello, everyone\. 今天/);
  });

  it.each([
    ['UTF-16 LE', (t: string) => utf16(t, 'le', false)],
    ['UTF-16 BE with a BOM', (t: string) => utf16(t, 'be', true)],
    ['GB18030', gb18030],
  ])('reads a bilingual file in %s into the same lesson as in UTF-8', async (_, encode) => {
    const source = fixture('bilingual-lines.srt');
    const expected = await make({ files: [source] });
    const bytes = encode(text(source.bytes));
    const { lesson } = await make({ files: [{ name: source.name, bytes }] });
    expect(lesson).toEqual(expected.lesson);
  });
});

describe('subtitlesToLesson on bad input', () => {
  it.each([
    [
      'cues out of order',
      srt(['00:00:05,000', '00:00:06,000', '五'], ['00:00:01,000', '00:00:02,000', '一']),
      'out-of-order',
      'talk.srt: cue 2 (line 6): it starts at 00:00:01.000, before cue 1 (line 2) starts (00:00:05.000): cues must be in time order',
    ],
    [
      'overlapping cues',
      srt(['00:00:01,000', '00:00:04,000', '一'], ['00:00:03,000', '00:00:05,000', '二']),
      'overlap',
      'talk.srt: cue 2 (line 6): it starts at 00:00:03.000, before cue 1 (line 2) ends (00:00:04.000): cues must not overlap',
    ],
    [
      'no Chinese and no English',
      srt(['00:00:01,000', '00:00:02,000', '♪ ♪'], ['00:00:03,000', '00:00:04,000', '1998']),
      'no-language',
      'talk.srt: no Chinese or English text: no cue has Han characters or Latin letters',
    ],
  ])('refuses %s with the cue and line', async (_, bytes, problem, message) => {
    const error = await refusal({ files: [{ name: 'talk.srt', bytes }] });
    expect(error.problem).toBe(problem);
    expect(error.message).toBe(message);
  });

  it('accepts cues overlapping by a frame, and a cue repeated word for word', async () => {
    const bytes = srt(
      ['00:00:01,000', '00:00:04,040', '一'],
      ['00:00:04,000', '00:00:05,000', '二'],
      ['00:00:04,000', '00:00:05,000', '二'],
    );
    const { lesson } = await make({ files: [{ name: 'talk.srt', bytes }] });
    expect(lesson.passages.map((p) => p.zh)).toEqual(['一 二']);
  });

  it('refuses two files in the same language', async () => {
    const error = await refusal({ files: [fixture('lecture.zh.srt'), fixture('talk.zh.vtt')] });
    expect(error.message).toBe(
      'talk.zh.vtt: both files are in Chinese: give one Chinese and one English file',
    );
  });

  it('refuses two files in the same language even when the layout is given', async () => {
    const files = [fixture('talk.zh.vtt'), fixture('lecture.zh.srt')];
    const error = await refusal({ files, layout: 'two-files' });
    expect(error.problem).toBe('layout');
  });

  it('refuses a bilingual file given with another', async () => {
    const error = await refusal({
      files: [fixture('bilingual-lines.srt'), fixture('lecture.en.vtt')],
    });
    expect(error.message).toMatch(/^bilingual-lines\.srt: this file holds both languages/);
  });

  it.each([
    [[], undefined, 'subtitles: give one or two subtitle files, not 0'],
    [['a.srt', 'b.srt', 'c.srt'], undefined, 'a.srt: give one or two subtitle files, not 3'],
    [['a.srt'], 'two-files' as const, 'a.srt: the layout "two-files" takes two files, not 1'],
  ])('refuses files %j in layout %s', async (names, layout, message) => {
    const files = names.map((name) => ({ name, bytes: utf8('x') }));
    expect((await refusal({ files, layout })).message).toBe(message);
  });

  it('refuses a duration that ends before the last cue starts', async () => {
    const error = await refusal({ files: [fixture('bilingual-lines.srt')], duration: 50 });
    expect(error.message).toBe(
      "bilingual-lines.srt: the last cue starts at 00:00:51.000, after the video's end (00:50)",
    );
  });

  it('refuses a video length that is not a number', async () => {
    const error = await refusal({ files: [fixture('bilingual-lines.srt')], duration: NaN });
    expect(error.message).toBe("bilingual-lines.srt: the video's length (NaN) is not known");
  });

  it('says which file is bad, by name', async () => {
    const files = [fixture('lecture.zh.srt'), { name: 'lecture.en.srt', bytes: new Uint8Array() }];
    expect((await refusal({ files })).message).toBe('lecture.en.srt: the file is empty');
  });
});

describe('subtitlesToLesson facts', () => {
  it('takes the title, id, duration and video given, and the lesson passes the schema', async () => {
    const { lesson } = await make({
      files: [fixture('bilingual-lines.srt')],
      title: '数字领域国际合作',
      duration: 60,
      videoSrc: 'https://example.org/talk.webm',
    });
    expect(lesson.title).toEqual({ en: '数字领域国际合作', zh: '数字领域国际合作' });
    expect(lesson.id).toMatch(/^lesson-[0-9a-f]{8}$/);
    expect(lesson.duration).toBe(60);
    expect(lesson.passages.at(-1)!.end).toBe(60);
    expect(lesson.sources).toEqual([{ src: 'https://example.org/talk.webm', type: 'video/webm' }]);
    expect(lesson.published).toBe(PUBLISHED);
    expect(parseLesson(JSON.parse(JSON.stringify(lesson)))).toEqual(lesson);
  });

  it('refuses an empty passage text unless the lesson lacks that language', async () => {
    const { lesson } = await make({ files: [fixture('talk.zh.vtt')] });
    const withBoth = { ...lesson, missingLanguage: undefined };
    expect(() => parseLesson(withBoth)).toThrow(/passages\.0\.en: must not be empty/);
  });

  it('turns a 70-minute lecture of 1,200 bilingual cues into a lesson in under 2 s', async () => {
    const bytes = utf8(lecture(1200, 70));
    const started = performance.now();
    const { lesson, summary } = await make({ files: [{ name: 'long-lecture.srt', bytes }] });
    const elapsed = performance.now() - started;
    console.info(
      `70-minute lecture, 1,200 cues: ${elapsed.toFixed(0)} ms, ${summary.passages} passages`,
    );
    expect(elapsed).toBeLessThan(2000);
    expect(summary.cues).toEqual({ zh: 1200, en: 1200 });
    const lengths = lesson.passages.map((p) => p.end - p.start);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(45);
  });
});
