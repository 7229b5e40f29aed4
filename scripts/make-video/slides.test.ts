import { parseLesson } from '@/domain/lesson-schema';
import { formatClock } from '@/utils/time';
import type { FontMetrics } from './font-metrics';
import { FOOTER, FRAME, MARGIN, type Fonts, type Slide } from './slide-layout';
import { buildSlides, missingGlyphs, passageLabel, passageTerms, seriesLines } from './slides';

const isCjk = (char: string) => /[\u3000-\u9fff\uff00-\uffef]/u.test(char);
/** Fake fonts: ideographs 1 em, everything else 0.6 em; only the clock's font lacks ideographs. */
const font = (cjk: boolean): FontMetrics => ({
  advance: (char) => (isCjk(char) ? 1 : 0.6),
  hasGlyph: (char) => cjk || !isCjk(char),
});
const fonts: Fonts = {
  zh: font(true),
  zhBold: font(true),
  en: font(true),
  enBold: font(true),
  mono: font(false),
};

const term = (id: string, en: string, zh: string) => ({
  id,
  en,
  zh,
  aliases: { en: [], zh: [] },
  footnote: null,
  definition: null,
  citations: [],
});
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
    { id: 'p1', start: 25, end: 57, en: 'Trade grew fast.', zh: '贸易增长很快。' },
    {
      id: 'p2',
      start: 57,
      end: 79,
      en: 'We promote the Belt and Road and the Digital Silk Road with the World Internet Conference.',
      zh: '推动世界互联网大会，共建数字丝绸之路和一带一路，以及全球数据安全倡议。',
    },
    { id: 'p3', start: 79, end: 100, en: 'Only the Belt and Road.', zh: '只谈合作。' },
  ],
  terms: [
    term('bri', 'Belt and Road', '一带一路'),
    term('dsr', 'Digital Silk Road', '数字丝绸之路'),
    term('wic', 'World Internet Conference', '世界互联网大会'),
    term('gdsi', 'Global Data Security Initiative', '全球数据安全倡议'),
  ],
});
const slides = buildSlides(lesson, fonts);
const lines = (slide: Slide) => slide.texts.map((t) => t.text);
const width = (t: Slide['texts'][number]) =>
  [...t.text].reduce((w, c) => w + Math.round(fonts[t.font].advance(c) * t.size), 0);

describe('buildSlides', () => {
  it('opens with a title card until the first passage, then one slide per passage', () => {
    expect(slides.map((s) => [s.start, s.end])).toEqual([
      [0, 25],
      [25, 57],
      [57, 79],
      [79, 100],
    ]);
    expect(lines(slides[0]!)).toEqual(
      expect.arrayContaining(['构建开放格局', 'Build an Open Pattern', seriesLines(lesson).en]),
    );
  });

  it('heads every passage slide with the lesson title and names its time and number in both languages', () => {
    slides.slice(1).forEach((slide, i) => {
      expect(lines(slide)).toEqual(
        expect.arrayContaining([
          '构建开放格局',
          'Build an Open Pattern',
          ['00:25', '00:57', '01:19'][i],
          `Passage ${i + 1} of 3 · 第 ${i + 1} 段，共 3 段`,
        ]),
      );
    });
  });

  it('lists the key terms a passage mentions, in both languages, in the order the Chinese says them', () => {
    const shown = lines(slides[2]!);
    const zh = ['世界互联网大会', '数字丝绸之路', '一带一路', '全球数据安全倡议'];
    const en = ['World Internet Conference', 'Digital Silk Road', 'Belt and Road'];
    expect(shown.filter((t) => zh.includes(t))).toEqual(zh);
    for (const t of [...en, 'Global Data Security Initiative'])
      expect(shown.join(' ').replace(/\s+/g, ' ')).toContain(t);
  });

  it('counts a term the English names even where the Chinese does not', () => {
    expect(passageTerms(lesson).map((ts) => ts.map((t) => t.id))).toEqual([
      [],
      ['wic', 'dsr', 'bri', 'gdsi'],
      ['bri'],
    ]);
    expect(lines(slides[3]!)).toEqual(expect.arrayContaining(['一带一路', 'Belt and Road']));
  });

  it('never prints a passage’s own text: only the title, its place, the series and its terms', () => {
    const allowed = [
      lesson.title.zh,
      lesson.title.en,
      'Key terms · 关键术语',
      ...Object.values(seriesLines(lesson)),
      ...lesson.terms.flatMap((t) => [t.zh, t.en]),
    ];
    slides.slice(1).forEach((slide, i) => {
      const { zh, en, start } = lesson.passages[i]!;
      const text = lines(slide).join('\n');
      expect(text).not.toContain(zh.slice(0, 6));
      expect(text).not.toContain(en.split(' ').slice(0, 3).join(' '));
      const mine = [...allowed, formatClock(start), passageLabel(i, 3)];
      for (const line of lines(slide)) expect(mine.some((a) => a.includes(line))).toBe(true);
    });
  });

  it('shows the series in place of points when a passage names no key term', () => {
    const shown = lines(slides[1]!);
    expect(shown).toEqual(expect.arrayContaining(Object.values(seriesLines(lesson))));
    expect(shown).not.toContain('Key terms · 关键术语');
  });

  it('keeps every line inside the frame, above the footer, and large enough for a phone', () => {
    for (const slide of slides.slice(1))
      for (const t of slide.texts) {
        const left = typeof t.x === 'number' ? t.x : (FRAME.width - width(t)) / 2;
        expect(left).toBeGreaterThanOrEqual(MARGIN);
        expect(left + width(t)).toBeLessThanOrEqual(FRAME.width - MARGIN);
        if (t.baseline !== FOOTER.baseline) expect(t.baseline).toBeLessThan(FOOTER.baseline - 24);
        if (t.font === 'zhBold' && t.baseline > 80) expect(t.size).toBeGreaterThanOrEqual(16);
      }
  });
});

describe('missingGlyphs', () => {
  it('names the characters a slide font cannot draw', () => {
    const withClockText = buildSlides(lesson, fonts);
    withClockText[1]!.texts.push({
      text: 'a数',
      font: 'mono',
      size: 12,
      color: '0x000000',
      x: 0,
      baseline: 100,
    });
    expect(missingGlyphs(withClockText, fonts)).toEqual(['数']);
  });
});
