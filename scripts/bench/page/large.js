/**
 * Page side of the long-lesson benchmark, installed with page.addInitScript before the app
 * loads. `__benchLarge.watchFirstRow()` stamps, with performance.now() (whose origin is the start
 * of navigation), the moment the document first holds a passage row, and the end of the frame
 * that paints it (the first animation frame after, then a task queued from it, which runs once
 * that frame's style, layout and paint are done). `changePassage` times one seek while paused:
 * until the frame after its `seeking` dispatch (which made the passage current) is done, and
 * until the passage's row is in the document marked current; in a long lesson that row is
 * mounted only when following has scrolled it into view, after a glide of up to 10 views (a
 * smooth scroll, about half a second), so it also reports the longest frame until then;
 * `changeQuietly` makes the same change with none of the bench's probes in it, for the trace.
 * `recordFrames` collects frame intervals (requestAnimationFrame) until `stopFrames`.
 *
 * Plain JavaScript on purpose (see probes.js).
 */
(() => {
  const firstRender = {
    dom: null,
    painted: null,
    app: null,
    appPainted: null,
    current: null,
    currentPainted: null,
  };
  const afterNextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /**
   * Stamps three moments and the end of the frame that paints each: the first passage row in
   * the document (a lesson page's first screen, rendered at build time, or the app's own); the
   * app's rows, once its first render has replaced the first screen (the root has lost its
   * `data-first-screen`); and a row marked current. Watching stops two frames after the app's
   * rows are painted: a passage not current by then is not current at 0:00 (`current` stays null).
   */
  function watchFirstRow() {
    const rows = document.getElementsByClassName('passage');
    const stamp = (key) => {
      firstRender[key] = performance.now();
      afterNextFrame().then((t) => (firstRender[`${key}Painted`] = t));
    };
    const observer = new MutationObserver(() => {
      if (rows.length === 0) return;
      if (firstRender.dom === null) {
        firstRender.dom = performance.now();
        afterNextFrame().then((t) => (firstRender.painted = t));
      }
      if (firstRender.current === null && document.querySelector('.passage[aria-current="true"]'))
        stamp('current');
      const root = document.getElementById('root');
      if (firstRender.app === null && !root?.hasAttribute('data-first-screen')) {
        stamp('app');
        afterNextFrame()
          .then(afterNextFrame)
          .then(() => observer.disconnect());
      }
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-first-screen', 'aria-current'],
    });
  }

  const video = () => document.querySelector('video');
  const currentIs = (index) =>
    document.querySelector('li.passage[aria-current="true"]')?.dataset.index === String(index);

  /** When passage `index` is current: its row marked, or mounted already marked (long lessons). */
  function whenCurrent(index) {
    return new Promise((resolve) => {
      if (currentIs(index)) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!currentIs(index)) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.querySelector('.transcript'), {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-current'],
      });
    });
  }

  const seeked = (media) =>
    new Promise((resolve) => media.addEventListener('seeked', () => resolve(), { once: true }));

  /**
   * The end of the first frame after the media's next `seeking` dispatch. This listener runs
   * after the app's (added earlier), and after the re-render they queued: the passage is
   * current by then, and this frame paints it.
   */
  const frameAfterSeeking = (media) =>
    new Promise((resolve) =>
      media.addEventListener('seeking', () => afterNextFrame().then(resolve), { once: true }),
    );

  /** The longest interval between animation frames from now until `until` settles. */
  function longestFrameUntil(until) {
    let longest = 0;
    let last = performance.now();
    let stopped = false;
    const tick = (now) => {
      if (stopped) return;
      longest = Math.max(longest, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return until.then(() => {
      stopped = true;
      return longest;
    });
  }

  /**
   * Seeks while paused to `time` in passage `index`; ms until the frame after the change is
   * done, until the passage's row is current in the document, and the longest frame until then.
   */
  async function changePassage(index, time) {
    const media = video();
    media.pause();
    const current = whenCurrent(index);
    const frame = frameAfterSeeking(media);
    const longest = longestFrameUntil(current);
    const done = seeked(media);
    const t0 = performance.now();
    media.currentTime = time;
    const toNextFrame = (await frame) - t0;
    const toCurrent = (await current) - t0;
    const longestFrame = await longest;
    await done;
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { toNextFrame, toCurrent, longestFrame };
  }

  /**
   * The same change as changePassage with nothing of the bench's own inside the `seeking`
   * dispatch, for the trace that measures that dispatch: no MutationObserver (its callback runs
   * in the dispatch's microtasks) and no listener of its own. Waits, polling once a frame (which
   * runs outside the dispatch), until the passage's row is current, following's glide done.
   */
  async function changeQuietly(index, time) {
    const media = video();
    media.pause();
    const done = seeked(media);
    media.currentTime = time;
    await done;
    const until = performance.now() + 5000;
    while (!currentIs(index) && performance.now() < until)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  /** A seek that stays inside the current passage: the cost of a seek without a change. */
  async function seekWithin(time) {
    const media = video();
    const done = seeked(media);
    media.currentTime = time;
    await done;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  let frames = null;
  function recordFrames() {
    frames = [];
    let last = performance.now();
    const tick = (now) => {
      if (!frames) return;
      frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  function stopFrames() {
    const recorded = frames ?? [];
    frames = null;
    return recorded;
  }

  window.__benchLarge = {
    firstRender,
    watchFirstRow,
    changePassage,
    changeQuietly,
    seekWithin,
    recordFrames,
    stopFrames,
  };
})();
