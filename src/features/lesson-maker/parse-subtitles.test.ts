import { decodeSubtitles } from './decode-subtitles';
import { parseSubtitles } from './parse-subtitles';
import { fixture, provideVttCue } from './subtitle-fixtures';
import { SubtitleError } from './subtitle-error';

beforeAll(provideVttCue);

const read = (name: string) => parseSubtitles(name, decodeSubtitles(name, fixture(name).bytes));

async function refusal(text: string): Promise<SubtitleError> {
  const error = await parseSubtitles('talk.srt', text).catch((e: unknown) => e);
  if (error instanceof SubtitleError) return error;
  throw new Error(`expected a SubtitleError, got ${String(error)}`);
}

describe('parseSubtitles', () => {
  it('reads an SRT file with CRLF line ends and a BOM, cue by cue, with numbers and lines', async () => {
    const cues = await read('bilingual-lines.srt');
    expect(cues).toHaveLength(12);
    expect(cues[0]).toEqual({
      cue: 1,
      line: 2,
      start: 1.2,
      end: 3.5,
      lines: ['各位同学，大家好。', 'Hello, everyone.'],
    });
    expect(cues[4]!.lines).toEqual([
      'But differences in rules have also brought challenges.',
      '但是，规则的差异也带来了挑战。',
    ]);
    expect(cues[11]).toMatchObject({ cue: 12, line: 57, start: 51, end: 53 });
  });

  it('reads WebVTT with a header, a NOTE, cue ids and settings, dropping markup and entities', async () => {
    const cues = await read('lecture.en.vtt');
    expect(cues).toHaveLength(11);
    expect(cues[1]).toEqual({
      cue: 2,
      line: 11,
      start: 3.7,
      end: 8.2,
      lines: ['Today we discuss international', 'cooperation in the digital economy.'],
    });
    expect(cues[7]!.lines).toEqual(['The first example is cross-border e-commerce.']);
    expect(cues[9]!.lines).toEqual(['reached 2.38 trillion yuan & more.']);
  });

  it('drops SSA override tags and keeps text with "-->" in it', async () => {
    const cues = await parseSubtitles(
      'talk.srt',
      '1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20\n{\\an8}顶部字幕\na --> b\n',
    );
    expect(cues[0]!.lines).toEqual(['顶部字幕', 'a --> b']);
  });

  it('starts a new cue at a timing line even where the blank line before it is missing', async () => {
    const cues = await parseSubtitles(
      'talk.srt',
      '1\n00:00:01,000 --> 00:00:02,000\n你好\n2\n00:00:03,000-->00:00:04,000\n再见\n   \n3\n00:00:05,000 --> 00:00:06,000\n谢谢\n',
    );
    expect(cues.map((c) => [c.cue, c.line, c.lines])).toEqual([
      [1, 2, ['你好']],
      [2, 5, ['再见']],
      [3, 9, ['谢谢']],
    ]);
  });

  it('reads rolling captions (YouTube) once: no repeated lines, blank-looking lines kept inside cues', async () => {
    const cue = (times: string, ...lines: string[]) =>
      `${times} align:start position:0%\n${lines.join('\n')}\n`;
    const text = [
      'WEBVTT\nKind: captions\nLanguage: en\n',
      cue('00:00:00.160 --> 00:00:02.990', ' ', 'hello<00:00:00.560><c> everyone</c>'),
      cue('00:00:02.990 --> 00:00:03.000', 'hello everyone', ' '),
      cue('00:00:03.000 --> 00:00:05.000', 'hello everyone', 'today<00:00:03.500><c> we</c>'),
    ].join('\n');
    const cues = await parseSubtitles('talk.vtt', text);
    expect(cues.map((c) => c.lines)).toEqual([['hello everyone'], [], ['today we']]);
  });

  it('keeps a "<" that opens no tag', async () => {
    const cues = await parseSubtitles('talk.srt', '1\n00:00:01,000 --> 00:00:02,000\n3 < 5 <3\n');
    expect(cues[0]!.lines).toEqual(['3 < 5 <3']);
  });

  it.each([
    [
      'a broken start time',
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0x,000 --> 00:00:05,000\nbad\n',
      'talk.srt: cue 2 (line 6): the start time "00:00:0x,000" is not a time like 00:01:02,500',
      { cue: 2, line: 6 },
      'bad-time',
    ],
    [
      'a broken end time',
      '\n\n1\n00:00:01,000 --> 00:00:61,000\nbad\n',
      'talk.srt: cue 1 (line 4): the end time "00:00:61,000" is not a time like 00:01:02,500',
      { cue: 1, line: 4 },
      'bad-time',
    ],
    [
      'a cue ending before it starts',
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03,000 --> 00:00:02,500\nbad\n',
      'talk.srt: cue 2 (line 6): it ends at 00:00:02.500, not after its start 00:00:03.000',
      { cue: 2, line: 6 },
      'bad-time',
    ],
    // A block without a timing line is refused rather than its text dropped.
    [
      'an SRT cue whose arrow is broken',
      '1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:4,00 -> 00:0x:08\nlost\n\n3\n00:00:09,000 --> 00:00:10,000\nok\n',
      'talk.srt: cue 2 (line 6): "00:00:4,00 -> 00:0x:08" is not a timing line like 00:01:02,500 --> 00:01:04,000',
      { cue: 2, line: 6 },
      'no-timing',
    ],
    [
      'a first cue without its arrow, before a later bad time',
      '0:0:0.5 - 0:0:4\nlost\n\n00:00:05.000 --> 00:00:0x.000\nbad too\n',
      'talk.srt: cue 1 (line 1): "0:0:0.5 - 0:0:4" is not a timing line like 00:01:02,500 --> 00:01:04,000',
      { cue: 1, line: 1 },
      'no-timing',
    ],
  ])('refuses %s, naming the cue and line', async (_, text, message, place, problem) => {
    const error = await refusal(text);
    expect(error.problem).toBe(problem);
    expect(error.message).toBe(message);
    expect(error.place).toEqual(place);
  });

  it('reads a WebVTT header of several lines, and STYLE and REGION blocks, as no cues', async () => {
    const text =
      'WEBVTT\nKind: captions\nLanguage: zh\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:r1\n\n00:00:01.000 --> 00:00:02.000\n你好\n';
    const cues = await parseSubtitles('talk.vtt', text);
    expect(cues.map((c) => c.lines)).toEqual([['你好']]);
  });

  it('refuses text without any cue timing', async () => {
    const error = await refusal('Just some notes about the lecture.\nNo times here.\n');
    expect(error.problem).toBe('no-cues');
    expect(error.message).toMatch(/^talk\.srt: no subtitle cues/);
  });
});
