import { workerCalls } from './worker-calls';

/** A worker whose script doubles a number, answering as `answerCalls` does; or fails to load. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  constructor(readonly loads = true) {
    FakeWorker.made.push(this);
  }
  postMessage(request: number) {
    setTimeout(() => {
      if (!this.loads) return this.onerror?.(new Event('error', { cancelable: true }));
      const data =
        request < 0 ? { ok: false, message: `no ${request}` } : { ok: true, value: request * 2 };
      this.onmessage?.(new MessageEvent('message', { data }));
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

const here = vi.fn(async (n: number) => n * 10);

describe('workerCalls', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('answers each call from a worker of its own, ended after', async () => {
    const call = workerCalls<number, number>(() => new FakeWorker() as unknown as Worker);
    expect(await Promise.all([call(1, here), call(2, here)])).toEqual([2, 4]);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made.every((w) => w.terminated)).toBe(true);
    expect(here).not.toHaveBeenCalled();
  });

  it('with keep, answers every call from one worker, kept', async () => {
    const call = workerCalls<number, number>(() => new FakeWorker() as unknown as Worker, {
      keep: true,
    });
    expect(await call(1, here)).toBe(2);
    expect(await call(3, here)).toBe(6);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(false);
  });

  it('rejects with the worker’s error, and goes on answering', async () => {
    const call = workerCalls<number, number>(() => new FakeWorker() as unknown as Worker, {
      keep: true,
    });
    await expect(call(-1, here)).rejects.toThrow('no -1');
    expect(await call(2, here)).toBe(4);
  });

  it('does the work on the page where a worker cannot load, and tries a new one next time', async () => {
    let loads = false;
    const call = workerCalls<number, number>(() => new FakeWorker(loads) as unknown as Worker, {
      keep: true,
    });
    expect(await call(1, here)).toBe(10);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    loads = true;
    expect(await call(1, here)).toBe(2);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('does the work on the page where there is no Worker', async () => {
    vi.unstubAllGlobals();
    const start = vi.fn();
    const call = workerCalls<number, number>(start);
    expect(await call(4, here)).toBe(40);
    expect(start).not.toHaveBeenCalled();
  });
});
