import fc from 'fast-check';
import { pairCues, type Timed } from './pair-cues';

interface Cue extends Timed {
  id: string;
}

const cue = (id: string, start: number, end: number): Cue => ({ id, start, end });
const overlap = (a: Timed, b: Timed) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Cues in time order without overlaps: each is a gap then a length, in tenths of a second. */
const cues = (prefix: string) =>
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 })), {
      maxLength: 40,
    })
    .map((steps) => {
      let time = 0;
      return steps.map(([gap, length], i) => {
        const start = time + gap / 10;
        time = start + length / 10;
        return cue(`${prefix}${i}`, start, time);
      });
    });

describe('pairCues', () => {
  it('gives each Chinese cue the English cues it overlaps most, split differently', () => {
    const zh = [cue('z1', 0, 4), cue('z2', 4, 9), cue('z3', 10, 12)];
    const en = [cue('e1', 0, 2), cue('e2', 2, 5), cue('e3', 5, 11.5), cue('e4', 20, 22)];
    const pairs = pairCues(zh, en);
    expect(pairs.map((p) => [p.zh?.id ?? null, p.en.map((e) => e.id)])).toEqual([
      ['z1', ['e1', 'e2']],
      ['z2', ['e3']],
      ['z3', []],
      [null, ['e4']],
    ]);
    expect(pairs[1]).toMatchObject({ start: 4, end: 11.5 });
  });

  it('pairs duplicated cues one to one', () => {
    const zh = [cue('z1', 1, 2), cue('z2', 2, 3)];
    const en = [cue('e1', 1, 2), cue('e2', 2, 3)];
    expect(pairCues(zh, en).map((p) => [p.zh!.id, p.en.map((e) => e.id)])).toEqual([
      ['z1', ['e1']],
      ['z2', ['e2']],
    ]);
  });

  it('loses and duplicates nothing, keeps both orders, and pairs by the largest overlap', () => {
    fc.assert(
      fc.property(cues('z'), cues('e'), (zh, en) => {
        const pairs = pairCues(zh, en);
        expect(pairs.flatMap((p) => (p.zh ? [p.zh] : []))).toEqual(zh);
        expect(pairs.flatMap((p) => p.en)).toEqual(en);
        pairs.slice(1).forEach((p, i) => expect(p.start).toBeGreaterThan(pairs[i]!.start));
        for (const pair of pairs)
          for (const e of pair.en) {
            const most = Math.max(0, ...zh.map((z) => overlap(z, e)));
            expect(pair.zh ? overlap(pair.zh, e) : 0).toBe(most);
          }
      }),
    );
  });
});
