import { parseLesson } from '@/domain/lesson-schema';
import type { FontMetrics } from './font-metrics';
import { buildSlides, FRAME, missingGlyphs, PROGRESS, type Fonts } from './slides';

const isCjk = (char: string) => /[\u3000-\u9fff\uff00-\uffef]/u.test(char);
/** Fake fonts: ideographs 1 em, everything else 0.6 em; the Latin fonts lack ideographs. */
const font = (cjk: boolean): FontMetrics => ({
  advance: (char) => (isCjk(char) ? 1 : 0.6),
  hasGlyph: (char) => cjk || !isCjk(char),
});
const fonts: Fonts = {
  zh: font(true),
  zhBold: font(true),
  en: font(false),
  enBold: font(false),
  mono: font(false),
};

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const lesson = parseLesson({
  id: 'sample',
  series: {
    title: { en: 'Digital China Construction Series', zh: '数字中国建设系列' },
    number: 12,
    total: 13,
  },
  title: { en: 'Build an Open Pattern', zh: '构建开放格局' },
  publisher: { en: 'p', zh: 'p' },
  speaker: { en: 's', zh: 's' },
  synopsis: { en: 's', zh: 's' },
  published: '2025-04-11',
  duration: 100,
  sources: [{ src: '/media/sample.mp4', type: 'video/mp4' }],
  captions: [],
  passages: [
    { id: 'p1', start: 25, end: 57, en: 'Short.', zh: '数据显示。' },
    { id: 'p2', start: 57, end: 100, en: words(110), zh: '数字领域国际合作'.repeat(22) },
  ],
  terms: [],
});

describe('buildSlides', () => {
  const slides = buildSlides(lesson, fonts);

  it('opens with a title card until the first passage, then one slide per passage', () => {
    expect(slides.map((s) => [s.start, s.end])).toEqual([
      [0, 25],
      [25, 57],
      [57, 100],
    ]);
    const title = slides[0]!.texts.map((t) => t.text);
    expect(title).toEqual(
      expect.arrayContaining(['构建开放格局', 'Build an Open Pattern', '01:40']),
    );
  });

  it('heads each passage slide with its time and its place in the lesson', () => {
    expect(slides[2]!.texts.slice(0, 2).map((t) => t.text)).toEqual(['00:57', '2/2']);
  });

  it('shrinks a long passage so every line stays inside the frame and above the progress bar', () => {
    const [short, long] = [slides[1]!, slides[2]!];
    const size = (s: typeof short, f: string) =>
      s.texts.find((t) => t.font === f && t.baseline > 50)!.size;
    expect(size(long, 'en')).toBeLessThan(size(short, 'en'));
    for (const t of long.texts) {
      const width = [...t.text].reduce(
        (w, c) => w + Math.round(fonts[t.font].advance(c) * t.size),
        0,
      );
      expect(typeof t.x === 'number' ? t.x + width : width).toBeLessThanOrEqual(FRAME.width - 24);
      expect(t.baseline).toBeLessThan(PROGRESS.y - 10);
    }
  });

  it('keeps the whole passage text, only broken into lines', () => {
    const text = slides[2]!.texts.filter((t) => t.font === 'en' && t.size < 15).map((t) => t.text);
    expect(text.join(' ')).toBe(words(110));
  });
});

describe('missingGlyphs', () => {
  it('names the characters a slide font cannot draw', () => {
    const slides = buildSlides(lesson, fonts);
    slides[1]!.texts.push({
      text: 'a数',
      font: 'en',
      size: 12,
      color: '0x000000',
      x: 0,
      baseline: 100,
    });
    expect(missingGlyphs(slides, fonts)).toEqual(['数']);
  });
});
