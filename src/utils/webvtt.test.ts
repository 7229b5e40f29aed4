import { cuesToSrt, cuesToWebVtt, escapeVttText, sanitizeSrtText } from './webvtt';
import type { TextCue } from './webvtt';

const cues: TextCue[] = [
  { id: 'p01.1', start: 25, end: 28.903, lines: ['数字中国 “一内一外”', '两个环境。'] },
  { id: 'p01.2', start: 28.903, end: 553.5, lines: ['Trade grew 14-fold.'] },
];

/** Splits a caption file into its cue blocks (everything after the header for WebVTT). */
function blocks(text: string): string[] {
  return text.trimEnd().split('\n\n');
}

describe('cuesToWebVtt', () => {
  it('starts with the WEBVTT header and writes each cue with its id, timing and lines', () => {
    const vtt = cuesToWebVtt(cues);
    const [header, ...rest] = blocks(vtt);
    expect(header).toBe('WEBVTT');
    expect(rest).toEqual([
      'p01.1\n00:00:25.000 --> 00:00:28.903\n数字中国 “一内一外”\n两个环境。',
      'p01.2\n00:00:28.903 --> 00:09:13.500\nTrade grew 14-fold.',
    ]);
    expect(vtt.endsWith('\n')).toBe(true);
  });

  it('escapes markup characters so the text shows verbatim', () => {
    expect(escapeVttText('R&D <b>bold</b> a --> b')).toBe(
      'R&amp;D &lt;b&gt;bold&lt;/b&gt; a --&gt; b',
    );
  });

  it('never lets a cue contain a blank line or an arrow, in its text or its id', () => {
    const hostile: TextCue = {
      id: 'p01 -->\nx',
      start: 0,
      end: 5,
      lines: ['第一\n\n第二', 'first\n\n  \nafter a gap --> arrow\r\n'],
    };
    const vtt = cuesToWebVtt([hostile]);
    const [, cue] = blocks(vtt);
    expect(blocks(vtt)).toHaveLength(2);
    expect(cue).toBe(
      'p01 -- > x\n00:00:00.000 --> 00:00:05.000\n第一\n第二\nfirst\nafter a gap --&gt; arrow',
    );
    expect(cue!.match(/-->/g)).toHaveLength(1);
  });

  it('writes just the header when there are no cues', () => {
    expect(cuesToWebVtt([])).toBe('WEBVTT\n');
  });
});

describe('cuesToSrt', () => {
  it('numbers cues from 1 and uses comma milliseconds', () => {
    expect(blocks(cuesToSrt(cues))).toEqual([
      '1\n00:00:25,000 --> 00:00:28,903\n数字中国 “一内一外”\n两个环境。',
      '2\n00:00:28,903 --> 00:09:13,500\nTrade grew 14-fold.',
    ]);
  });

  it('keeps text verbatim apart from breaking up arrows and dropping blank lines', () => {
    expect(sanitizeSrtText('R&D <i> a --> b ---> c')).toBe('R&D <i> a -- > b --- > c');
    const srt = cuesToSrt([{ ...cues[0]!, lines: ['a\n\nb --> c'] }]);
    expect(srt).toBe('1\n00:00:25,000 --> 00:00:28,903\na\nb -- > c\n');
  });
});
