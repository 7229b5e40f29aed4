import { detectLayout, lineLanguage } from './detect-layout';
import type { SubtitleCue } from './parse-subtitles';

const cue = (n: number, lines: string[], start = n * 2): SubtitleCue => ({
  cue: n,
  line: n * 4,
  start,
  end: start + 1.5,
  lines,
});
const file = (cues: SubtitleCue[]) => [{ name: 'talk.srt', cues }];

describe('lineLanguage', () => {
  it.each([
    ['数字中国建设', 'zh'],
    ['我们用ChatGPT写报告', 'zh'],
    ['Digital China', 'en'],
    ['The Global Initiative on Data Security (全球数据安全倡议) was proposed', 'en'],
    ['♪ ♪', null],
    ['2023', null],
  ])('%s → %s', (line, language) => {
    expect(lineLanguage(line)).toBe(language);
  });
});

describe('detectLayout', () => {
  it('finds bilingual lines when most cues hold both languages', () => {
    const cues = [cue(1, ['你好', 'Hello']), cue(2, ['Thanks', '谢谢']), cue(3, ['[音乐]'])];
    expect(detectLayout(file(cues))).toBe('bilingual-lines');
  });

  it('finds duplicated cues from cues of the two languages sharing their times', () => {
    const cues = [
      cue(1, ['你好'], 0),
      cue(2, ['Hello'], 0),
      cue(3, ['谢谢'], 2),
      cue(4, ['Thanks'], 2),
    ];
    expect(detectLayout(file(cues))).toBe('duplicated-cues');
  });

  it('finds one language when the other appears only in a stray cue', () => {
    const cues = [1, 2, 3, 4, 5, 6].map((n) => cue(n, [n === 4 ? 'OK' : `第${n}句`]));
    expect(detectLayout(file(cues))).toBe('one-language');
  });
});
