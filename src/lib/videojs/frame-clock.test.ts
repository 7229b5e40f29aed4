import { createFrameClock, type ClockSource } from './frame-clock';

function fakeSource() {
  const handlers = new Map<string, Set<() => void>>();
  const media = { time: 0, paused: true, rate: 1 };
  const source: ClockSource = {
    currentTime: () => media.time,
    paused: () => media.paused,
    playbackRate: () => media.rate,
    on: (events, fn) =>
      events.forEach((e) => handlers.set(e, (handlers.get(e) ?? new Set()).add(fn))),
    off: (events, fn) => events.forEach((e) => handlers.get(e)?.delete(fn)),
  };
  const emit = (event: string) => handlers.get(event)?.forEach((fn) => fn());
  const count = () => [...handlers.values()].reduce((n, set) => n + set.size, 0);
  return { media, source, emit, count };
}

describe('createFrameClock', () => {
  beforeEach(() =>
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    }),
  );
  afterEach(() => vi.useRealTimers());

  it('reports the target time on seeking, before seeked', () => {
    const { media, source, emit } = fakeSource();
    const clock = createFrameClock(source);
    const heard: number[] = [];
    clock.subscribe((t) => heard.push(t));
    media.time = 299.02;
    emit('seeking');
    expect(heard).toEqual([299.02]);
  });

  it('reads every animation frame while playing and stops when paused', () => {
    const { media, source, emit } = fakeSource();
    const clock = createFrameClock(source);
    const heard: number[] = [];
    clock.subscribe((t) => heard.push(t));
    media.paused = false;
    emit('play');
    for (let i = 1; i <= 3; i++) {
      media.time = i / 60;
      vi.advanceTimersToNextFrame();
    }
    expect(heard).toEqual([0, 1 / 60, 2 / 60, 3 / 60]);
    media.paused = true;
    vi.advanceTimersToNextFrame();
    media.time = 1;
    vi.advanceTimersToNextFrame();
    expect(heard).toHaveLength(4);
  });

  it('does not repeat an unchanged time and removes every listener on stop', () => {
    const { media, source, emit, count } = fakeSource();
    const clock = createFrameClock(source);
    const heard: number[] = [];
    clock.subscribe((t) => heard.push(t));
    media.time = 5;
    emit('timeupdate');
    emit('timeupdate');
    expect(heard).toEqual([5]);
    clock.stop();
    expect(count()).toBe(0);
  });

  it('reads again when a near boundary is crossed, between frames, at any rate', () => {
    for (const rate of [1, 2]) {
      const { media, source, emit } = fakeSource();
      const clock = createFrameClock(source);
      const heard: number[] = [];
      clock.subscribe((t) => heard.push(t));
      clock.setNextBoundary(57);
      media.rate = rate;
      media.paused = false;
      media.time = 56.99;
      emit('play');
      // 10 ms of media before the boundary: the timer is due after 10 / rate ms of wall time.
      vi.advanceTimersByTime(10 / rate - 1);
      expect(heard).toEqual([56.99]);
      media.time = 57.0004;
      vi.advanceTimersByTime(2);
      expect(heard).toEqual([56.99, 57.0004]);
      clock.stop();
    }
  });

  it('sets no timer for a boundary further than two frames away', () => {
    const { media, source, emit } = fakeSource();
    const clock = createFrameClock(source);
    clock.setNextBoundary(57);
    media.paused = false;
    media.time = 56;
    emit('play');
    expect(vi.getTimerCount()).toBe(1); // the animation frame only
    clock.stop();
  });
});
