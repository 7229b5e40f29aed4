/**
 * The one way the app runs work off the page's thread (checking a long lesson's file, building
 * a device lesson's captions, computing its words): a request posted to a worker, one answer
 * back, in order. Where no worker runs (no Worker, as in jsdom; one whose script failed to
 * load), the caller's `here` does the same work on the page's thread instead.
 *
 * The worker is made by the caller's `start`, which must hold the literal
 * `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` for Vite to
 * bundle the worker's script. The worker's side answers with `answerCalls`.
 */

type Reply<A> = { ok: true; value: A } | { ok: false; message: string };

/** In a worker's script: answers each request with `handle`'s value, or its error's message. */
export function answerCalls<Q, A>(handle: (request: Q) => A | Promise<A>) {
  self.onmessage = async ({ data }: MessageEvent<Q>) => {
    let reply: Reply<A>;
    try {
      reply = { ok: true, value: await handle(data) };
    } catch (error) {
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  };
}

/**
 * On the page: a function that posts a request to the worker `start` makes and resolves with
 * its answer (rejects with its error). With `keep`, one worker serves every call for the
 * page's life (it keeps what it has loaded); otherwise each call has its own, ended after.
 */
export function workerCalls<Q, A>(start: () => Worker, { keep = false } = {}) {
  let worker: Worker | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const end = (current: Worker) => {
    current.terminate();
    if (worker === current) worker = null;
  };
  return (request: Q, here: (request: Q) => Promise<A>): Promise<A> => {
    if (typeof Worker === 'undefined') return here(request);
    // One request at a time: each answer belongs to the message before it.
    const result = queue.then(
      () =>
        new Promise<A>((resolve, reject) => {
          const current = (worker ??= start());
          current.onmessage = ({ data }: MessageEvent<Reply<A>>) => {
            if (!keep) end(current);
            if (data.ok) resolve(data.value);
            else reject(new Error(data.message));
          };
          // A worker that cannot start leaves the work to the page; the next call makes anew.
          current.onerror = (event) => {
            event.preventDefault();
            end(current);
            here(request).then(resolve, reject);
          };
          current.postMessage(request);
        }),
    );
    queue = result.catch(() => {});
    return result;
  };
}
