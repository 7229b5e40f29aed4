/**
 * Page side of the long-lesson benchmark, installed with page.addInitScript before the app
 * loads. `__benchLarge.watchFirstRow()` stamps, with performance.now() (whose origin is the start
 * of navigation), the moment the document first holds a passage row, and the end of the frame
 * that paints it (the first animation frame after, then a task queued from it, which runs once
 * that frame's style, layout and paint are done). `changePassage` times one seek while paused
 * until the passage is current and until the next frame after that. `recordFrames` collects
 * frame intervals (requestAnimationFrame) until `stopFrames`.
 *
 * Plain JavaScript on purpose (see probes.js).
 */
(() => {
  const firstRender = { dom: null, painted: null };
  const afterNextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  function watchFirstRow() {
    const rows = document.getElementsByClassName('passage');
    const observer = new MutationObserver(() => {
      if (rows.length === 0) return;
      firstRender.dom = performance.now();
      observer.disconnect();
      afterNextFrame().then((t) => (firstRender.painted = t));
    });
    observer.observe(document, { childList: true, subtree: true });
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

  /** Seeks while paused to `time` in passage `index`; ms until current and until next frame. */
  async function changePassage(index, time) {
    const media = video();
    media.pause();
    const current = whenCurrent(index);
    const done = seeked(media);
    const t0 = performance.now();
    media.currentTime = time;
    const toCurrent = (await current) - t0;
    const toNextFrame = (await afterNextFrame()) - t0;
    await done;
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { toCurrent, toNextFrame };
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
    seekWithin,
    recordFrames,
    stopFrames,
  };
})();
