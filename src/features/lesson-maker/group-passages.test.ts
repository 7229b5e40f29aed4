import fc from 'fast-check';
import { groupPassages, type Unit } from './group-passages';

const unit = (start: number, end: number, zh: string, en: string): Unit => ({ start, end, zh, en });

/** Units every `step` seconds, a sentence end every third, both languages. */
function speech(count: number, step: number): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const end = i % 3 === 2;
    return unit(
      i * step,
      i * step + step - 0.3,
      `第${i}句${end ? '。' : '，'}`,
      `Line ${i}${end ? '.' : ','}`,
    );
  });
}

const units = fc
  .array(
    fc.record({
      gap: fc.integer({ min: 0, max: 80 }),
      length: fc.integer({ min: 1, max: 120 }),
      zh: fc.constantFrom('', '数字中国', '数字中国。', '合作，'),
      en: fc.constantFrom('', 'Digital China', 'Digital China.', 'cooperation,'),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((steps) => {
    let time = 0;
    return steps.map(({ gap, length, zh, en }) => {
      // A gap of 0 gives the unit the previous one's start: two cues at the same moment.
      const start = gap === 0 ? time : time + gap / 10;
      const end = start + length / 10;
      time = gap === 0 ? time : start;
      return unit(start, end, zh || (en ? '' : '字'), en);
    });
  })
  .filter((list) => list.slice(1).every((u, i) => u.start >= list[i]!.start));

describe('groupPassages', () => {
  it('makes passages of 20–40 s from steady speech, each ending at a sentence end', () => {
    const list = speech(99, 3);
    const passages = groupPassages(list, 297);
    for (const p of passages) {
      expect(p.end - p.start).toBeGreaterThanOrEqual(20);
      expect(p.end - p.start).toBeLessThanOrEqual(40);
      expect(list[p.to - 1]!.zh).toMatch(/。$/);
    }
  });

  it('prefers a long pause to a break mid-sentence when the text has no punctuation', () => {
    const list = Array.from({ length: 12 }, (_, i) =>
      unit(i * 3 + (i >= 8 ? 4 : 0), i * 3 + 2.5 + (i >= 8 ? 4 : 0), `没有标点${i}`, ''),
    );
    const passages = groupPassages(list, 45);
    expect(passages.map((p) => [p.from, p.to])).toEqual([
      [0, 8],
      [8, 12],
    ]);
  });

  it('keeps an untranslated stretch inside a passage with English, never leaving a column empty', () => {
    const list = [
      ...speech(4, 3),
      ...Array.from({ length: 20 }, (_, i) => unit(12 + i * 3, 14 + i * 3, `音乐${i}`, '')),
      ...speech(4, 3).map((u) => ({ ...u, start: u.start + 80, end: u.end + 80 })),
    ];
    for (const p of groupPassages(list, 100)) {
      const inside = list.slice(p.from, p.to);
      expect(inside.some((u) => u.en)).toBe(true);
      expect(inside.some((u) => u.zh)).toBe(true);
    }
  });

  it('puts every unit in exactly one passage; times increase and touch; each passage has each language', () => {
    fc.assert(
      fc.property(units, fc.integer({ min: 0, max: 100 }), (list, extra) => {
        const duration = Math.max(...list.map((u) => u.end)) + extra / 10;
        const passages = groupPassages(list, duration);
        expect(passages[0]!.from).toBe(0);
        expect(passages.at(-1)!.to).toBe(list.length);
        expect(passages.at(-1)!.end).toBe(duration);
        passages.forEach((p, i) => {
          expect(p.to).toBeGreaterThan(p.from);
          expect(p.start).toBe(list[p.from]!.start);
          const next = passages[i + 1];
          if (!next) return;
          expect(next.from).toBe(p.to);
          expect(p.end).toBe(next.start);
          expect(next.start).toBeGreaterThan(p.start);
        });
        for (const language of ['zh', 'en'] as const) {
          if (!list.some((u) => u[language])) continue;
          for (const p of passages)
            expect(list.slice(p.from, p.to).some((u) => u[language])).toBe(true);
        }
      }),
    );
  });
});
