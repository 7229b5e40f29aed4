/**
 * Page side of the large-lesson benchmark, installed with page.addInitScript before the app
 * loads. `__benchLarge.watchList(n)` stamps, with performance.now() (whose origin is the start of
 * navigation), the moment the document first holds n passage rows, and the end of the frame
 * that paints them (the first animation frame after, then a task queued from it, which runs
 * once that frame's style, layout and paint are done). `changePassage` times one seek while
 * paused until the passage is current and until the next frame after that.
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

  function watchList(count) {
    const rows = document.getElementsByClassName('passage');
    const observer = new MutationObserver(() => {
      if (rows.length < count) return;
      firstRender.dom = performance.now();
      observer.disconnect();
      afterNextFrame().then((t) => (firstRender.painted = t));
    });
    observer.observe(document, { childList: true, subtree: true });
  }

  const video = () => document.querySelector('video');
  const row = (index) => document.querySelector(`li.passage[data-index="${index}"]`);

  function whenCurrent(index) {
    return new Promise((resolve) => {
      const target = row(index);
      if (target.getAttribute('aria-current') === 'true') return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (target.getAttribute('aria-current') !== 'true') return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(target, { attributes: true, attributeFilter: ['aria-current'] });
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

  window.__benchLarge = { firstRender, watchList, changePassage, seekWithin };
})();
