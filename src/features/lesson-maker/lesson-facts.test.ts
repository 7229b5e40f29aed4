import { lessonFacts, titleFromName } from './lesson-facts';

describe('titleFromName', () => {
  it.each([
    ['lecture.zh-CN.srt', 'lecture'],
    ['Digital_China_12.eng.srt', 'Digital China 12'],
    ['talk.en.zh.vtt', 'talk'],
    ['讲座.简体.srt', '讲座'],
    ['C:\\subs\\Open Day.chs.srt', 'Open Day'],
    ['/home/me/subs/zh.srt', 'zh'],
  ])('%s → %s', (name, title) => {
    expect(titleFromName(name)).toBe(title);
  });
});

describe('lessonFacts', () => {
  const base = { files: [{ name: 'talk.srt' }], texts: ['x'], duration: 95, passages: 4 };

  it('names the lesson and its origin in both languages', () => {
    const facts = lessonFacts({ ...base, title: 'Open Day', published: '2026-12-02' });
    expect(facts).toMatchObject({
      id: 'open-day',
      title: { en: 'Open Day', zh: 'Open Day' },
      series: { title: { en: 'Open Day', zh: 'Open Day' }, number: 1, total: 1 },
      synopsis: {
        en: 'Made from talk.srt: 4 passages, 01:35.',
        zh: '由 talk.srt 制作：4 段，01:35。',
      },
      sources: [
        { src: '/media/open-day.webm', type: 'video/webm' },
        { src: '/media/open-day.mp4', type: 'video/mp4' },
      ],
    });
  });

  it('says "1 passage", not "1 passages"', () => {
    expect(lessonFacts({ ...base, passages: 1 }).synopsis.en).toBe(
      'Made from talk.srt: 1 passage, 01:35.',
    );
  });

  it('gives the same subtitles the same id when the title has no Latin letters', () => {
    const a = lessonFacts({ ...base, title: '开放日' });
    expect(a.id).toMatch(/^lesson-[0-9a-f]{8}$/);
    expect(lessonFacts({ ...base, title: '开放日' }).id).toBe(a.id);
    expect(lessonFacts({ ...base, title: '开放日', texts: ['y'] }).id).not.toBe(a.id);
  });

  it('lists the caption track of the one language a lesson has', () => {
    const facts = lessonFacts({ ...base, missing: 'zh' });
    expect(facts.captions).toEqual([
      { src: '/captions/talk.en.vtt', language: 'en', srclang: 'en', label: 'English' },
    ]);
  });
});
