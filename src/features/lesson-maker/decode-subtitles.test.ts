import { decodeSubtitles, MAX_SUBTITLE_BYTES } from './decode-subtitles';
import { gb18030, utf16, utf8 } from './subtitle-fixtures';
import { SubtitleError } from './subtitle-error';

const SRT = '1\r\n00:00:01,000 --> 00:00:02,500\r\n数字中国建设\r\nDigital China\r\n';

function refusal(bytes: Uint8Array): SubtitleError {
  try {
    decodeSubtitles('talk.srt', bytes);
  } catch (error) {
    if (error instanceof SubtitleError) return error;
    throw error;
  }
  throw new Error('expected a SubtitleError');
}

describe('decodeSubtitles', () => {
  it.each([
    ['UTF-8', utf8(SRT)],
    ['UTF-8 with a BOM', utf8(`\uFEFF${SRT}`)],
    ['UTF-16 LE with a BOM', utf16(SRT, 'le', true)],
    ['UTF-16 BE with a BOM', utf16(SRT, 'be', true)],
    ['UTF-16 LE without a BOM', utf16(SRT, 'le', false)],
    ['UTF-16 BE without a BOM', utf16(SRT, 'be', false)],
    ['GB18030 (GBK)', gb18030(SRT)],
  ])('reads %s without mojibake', (_, bytes) => {
    expect(decodeSubtitles('talk.srt', bytes)).toBe(SRT);
  });

  it('reads GB18030 Chinese that is not valid UTF-8, punctuation included', () => {
    const text = '各位同学，大家好。《全球数据安全倡议》“开放”';
    expect(decodeSubtitles('talk.srt', gb18030(text))).toBe(text);
  });

  it('drops a stray DOS end-of-file mark', () => {
    expect(decodeSubtitles('talk.srt', utf8(`${SRT}\x1A`))).toBe(SRT);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty', 'talk.srt: the file is empty'],
    [
      'blank space only',
      utf8(' \r\n\r\n\t'),
      'empty',
      'talk.srt: the file holds no text, only blank space',
    ],
    [
      'a file over 10 MB',
      new Uint8Array(MAX_SUBTITLE_BYTES + 1).fill(0x41),
      'too-large',
      'talk.srt: the file is 10.0 MB; subtitle files over 10 MB are refused',
    ],
    [
      'NUL bytes (a binary file)',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
      'binary',
      'talk.srt: not a text file: it contains NUL bytes',
    ],
    [
      'bytes that are neither UTF-8 nor GB18030',
      new Uint8Array([0x31, 0x0a, 0xff, 0xfe, 0xff, 0x80, 0x80, 0xff]),
      'binary',
      'talk.srt: not a text file: neither UTF-8 nor GB18030 text',
    ],
    [
      'many control characters',
      utf8('\x01\x02\x03\x04\x05 subtitles'),
      'binary',
      'talk.srt: not a text file: it contains 5 control characters',
    ],
    [
      'a UTF-8 BOM before invalid UTF-8',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x31, 0xc3, 0x28]),
      'binary',
      'talk.srt: not a text file: invalid UTF-8',
    ],
  ])('refuses %s with a message', (_, bytes, problem, message) => {
    const error = refusal(bytes);
    expect(error.problem).toBe(problem);
    expect(error.message).toBe(message);
  });
});
