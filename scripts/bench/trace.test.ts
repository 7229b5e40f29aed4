import { layoutCost, seekingDispatches, type TraceEvent } from './trace';

const at = (
  name: string,
  ts: number,
  dur: number,
  extra: Partial<TraceEvent> = {},
): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid: 1,
  ...extra,
});
const seeking = (ts: number, dur: number) =>
  at('EventDispatch', ts, dur, { args: { data: { type: 'seeking' } } });

describe('seekingDispatches', () => {
  it('splits each seeking dispatch into script and the style/layout forced inside it', () => {
    const events = [
      seeking(10_000, 8_000),
      at('FunctionCall', 10_100, 7_000),
      at('UpdateLayoutTree', 12_000, 1_000),
      at('Layout', 13_000, 2_000),
      at('Layout', 30_000, 5_000), // the next frame's layout: not part of the dispatch
    ];
    expect(seekingDispatches(events)).toEqual([
      { totalMs: 8, styleLayoutMs: 3, scriptMs: 5, cpuMs: 8 },
    ]);
  });

  it("counts the thread's CPU time apart from the wall time, which includes waiting for a core", () => {
    const events = [{ ...seeking(10_000, 9_000), tdur: 1_500 }];
    expect(seekingDispatches(events)[0]).toMatchObject({ totalMs: 9, cpuMs: 1.5 });
  });

  it('ignores other events and other threads, and orders seeks by time', () => {
    const events = [
      seeking(50_000, 2_000),
      at('EventDispatch', 1_000, 9_000, { args: { data: { type: 'timeupdate' } } }),
      seeking(20_000, 4_000),
      at('Layout', 20_500, 1_000, { tid: 2 }),
    ];
    expect(seekingDispatches(events).map((d) => d.totalMs)).toEqual([4, 2]);
    expect(seekingDispatches(events)[0]!.styleLayoutMs).toBe(0);
  });
});

describe('layoutCost', () => {
  it('sums style and layout on the renderer main thread and finds the longest layout', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 1, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 2, args: { name: 'Compositor' } },
      at('Layout', 1_000, 4_000),
      at('Layout', 9_000, 1_000),
      at('UpdateLayoutTree', 20_000, 500),
      at('Layout', 1_000, 50_000, { tid: 2 }),
      at('Paint', 30_000, 9_000),
    ];
    expect(layoutCost(events)).toEqual({ longestLayoutMs: 4, totalMs: 5.5 });
  });
});
