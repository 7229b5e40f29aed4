import fc from 'fast-check';
import { formatVttTimestamp } from '@/utils/time';
import { provideVttCue, utf8 } from './subtitle-fixtures';
import { subtitlesToLesson } from './subtitles-to-lesson';

beforeAll(provideVttCue);

interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Cues in time order without overlaps, times in whole milliseconds. */
const cues = (words: fc.Arbitrary<string>) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 0, max: 4000 }),
        length: fc.integer({ min: 200, max: 8000 }),
        text: fc.array(words, { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 80 },
    )
    .map((steps) => {
      let ms = 0;
      return steps.map(({ gap, length, text }): Cue => {
        const start = ms + gap;
        ms = start + length;
        return { start: start / 1000, end: ms / 1000, text: text.join(' ') };
      });
    });

const zhWords = fc.constantFrom('数字', '中国', '合作。', '开放，', '共赢！', '2023年');
const enWords = fc.constantFrom('Digital', 'China', 'cooperation.', 'open,', 'win-win!', 'in 2023');

const srt = (list: Cue[]) =>
  utf8(
    list
      .map((c, i) => {
        const times = `${formatVttTimestamp(c.start, ',')} --> ${formatVttTimestamp(c.end, ',')}`;
        return `${i + 1}\r\n${times}\r\n${c.text}\r\n`;
      })
      .join('\r\n'),
  );

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('subtitlesToLesson on any two files', () => {
  it('keeps every cue of both files exactly once, in order, in passages that touch', async () => {
    await fc.assert(
      fc.asyncProperty(cues(zhWords), cues(enWords), async (zh, en) => {
        const files = [
          { name: 'talk.zh.srt', bytes: srt(zh) },
          { name: 'talk.en.srt', bytes: srt(en) },
        ];
        const { lesson } = await subtitlesToLesson({ files, published: '2026-12-02' });
        const { passages } = lesson;
        expect(squeeze(passages.map((p) => p.zh).join(''))).toBe(
          squeeze(zh.map((c) => c.text).join('')),
        );
        expect(passages.map((p) => p.en).join(' ')).toBe(en.map((c) => c.text).join(' '));
        passages.forEach((p, i) => {
          expect(p.zh).not.toBe('');
          expect(p.en).not.toBe('');
          expect(p.end).toBe(passages[i + 1]?.start ?? lesson.duration);
          expect(p.end).toBeGreaterThan(p.start);
        });
      }),
      { numRuns: 60 },
    );
  });
});
