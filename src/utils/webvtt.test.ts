import { escapeVttText, lessonToSrt, lessonToWebVtt, sanitizeSrtText } from './webvtt';
import type { CuePassage } from './webvtt';

const passages: CuePassage[] = [
  {
    id: 'p01',
    start: 25,
    end: 57,
    en: 'The “domestic and international” ecosystem.',
    zh: '数字中国 “一内一外” 两个环境。',
  },
  { id: 'p02', start: 57, end: 553.5, en: 'Trade grew 14-fold.', zh: '增长超14倍,跨境贸易。' },
];

/** Splits a caption file into its cue blocks (everything after the header for WebVTT). */
function blocks(text: string): string[] {
  return text.trimEnd().split('\n\n');
}

describe('lessonToWebVtt', () => {
  it('starts with the WEBVTT header and writes one cue per passage with exact timings', () => {
    const vtt = lessonToWebVtt(passages, 'en');
    const [header, ...cues] = blocks(vtt);
    expect(header).toBe('WEBVTT');
    expect(cues).toEqual([
      'p01\n00:00:25.000 --> 00:00:57.000\nThe “domestic and international” ecosystem.',
      'p02\n00:00:57.000 --> 00:09:13.500\nTrade grew 14-fold.',
    ]);
    expect(vtt.endsWith('\n')).toBe(true);
  });

  it('writes Chinese alone, or Chinese then English for both', () => {
    expect(blocks(lessonToWebVtt(passages, 'zh'))[1]).toBe(
      'p01\n00:00:25.000 --> 00:00:57.000\n数字中国 “一内一外” 两个环境。',
    );
    expect(blocks(lessonToWebVtt(passages, 'both'))[2]).toBe(
      'p02\n00:00:57.000 --> 00:09:13.500\n增长超14倍,跨境贸易。\nTrade grew 14-fold.',
    );
  });

  it('escapes markup characters so the text shows verbatim', () => {
    expect(escapeVttText('R&D <b>bold</b> a --> b')).toBe(
      'R&amp;D &lt;b&gt;bold&lt;/b&gt; a --&gt; b',
    );
  });

  it('never lets a cue contain a blank line or an arrow', () => {
    const hostile: CuePassage = {
      id: 'p01',
      start: 0,
      end: 5,
      en: 'first\n\n  \nafter a gap --> arrow\r\n',
      zh: '第一\n\n第二',
    };
    const vtt = lessonToWebVtt([hostile], 'both');
    const [, cue] = blocks(vtt);
    expect(blocks(vtt)).toHaveLength(2);
    expect(cue).toBe(
      'p01\n00:00:00.000 --> 00:00:05.000\n第一\n第二\nfirst\nafter a gap --&gt; arrow',
    );
    expect(cue!.split('\n').slice(2).join('\n')).not.toContain('-->');
  });

  it('writes just the header when there are no passages', () => {
    expect(lessonToWebVtt([], 'en')).toBe('WEBVTT\n');
  });
});

describe('lessonToSrt', () => {
  it('numbers cues from 1 and uses comma milliseconds', () => {
    expect(blocks(lessonToSrt(passages, 'both'))).toEqual([
      '1\n00:00:25,000 --> 00:00:57,000\n数字中国 “一内一外” 两个环境。\nThe “domestic and international” ecosystem.',
      '2\n00:00:57,000 --> 00:09:13,500\n增长超14倍,跨境贸易。\nTrade grew 14-fold.',
    ]);
  });

  it('keeps text verbatim apart from breaking up arrows and dropping blank lines', () => {
    expect(sanitizeSrtText('R&D <i> a --> b ---> c')).toBe('R&D <i> a -- > b --- > c');
    const srt = lessonToSrt([{ ...passages[0]!, en: 'a\n\nb --> c' }], 'en');
    expect(srt).toBe('1\n00:00:25,000 --> 00:00:57,000\na\nb -- > c\n');
  });
});
