/* global HyperaudioLite */
/**
 * The browser side of `npm run bench`, added to the lesson page with page.addScriptTag after the
 * app has mounted its player. It installs two peers beside the app's transcript, all three driven
 * by the same <video>, and stamps every change of current passage in any of them the same way: a
 * MutationObserver callback reads video.currentTime and performance.now().
 *
 * Plain JavaScript on purpose: tsx compiles TypeScript with esbuild's keepNames, which wraps
 * functions in a `__name()` helper that does not exist in the page.
 */
(() => {
  const WHO = ['ours', 'timeupdate', 'hyperaudio'];
  const records = [];
  /** Resolvers waiting for a passage to be seen by all three; checked as records arrive. */
  let waiting = null;
  const video = () => document.querySelector('video');
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

  /**
   * Records when a row of `root` becomes active: its attribute set, or (with `mountedActive`,
   * for a transcript that renders only the rows near its view) the row entering the document
   * already active, as when following jumps to a passage far from the view.
   */
  function watch(who, root, attribute, becameActive, mountedActive) {
    const observer = new MutationObserver((mutations) => {
      const media = video().currentTime;
      const wall = performance.now();
      const record = (element) =>
        records.push({ who, index: Number(element.dataset.index), media, wall });
      for (const m of mutations) {
        if (m.type === 'attributes' && becameActive(m)) record(m.target);
        if (m.type === 'childList' && mountedActive)
          for (const node of m.addedNodes) if (mountedActive(node)) record(node);
      }
      if (waiting && allSeen(waiting.index)) waiting.resolve();
    });
    observer.observe(root, {
      subtree: true,
      attributes: true,
      attributeFilter: [attribute],
      attributeOldValue: true,
      childList: Boolean(mountedActive),
    });
  }

  const ariaCurrentSet = (m) =>
    m.target.getAttribute('aria-current') === 'true' && m.oldValue !== 'true';
  const activeClassAdded = (m) =>
    m.target.tagName === 'P' &&
    m.target.classList.contains('active') &&
    !(m.oldValue ?? '').split(/\s+/).includes('active');

  /** Kept out of sight but laid out, like a real transcript scrolled away. */
  function offscreen(element) {
    element.setAttribute('aria-hidden', 'true');
    element.style.cssText = 'position:absolute;left:-10000px;top:0;width:600px;';
    document.body.append(element);
  }

  function findIndex(starts, t) {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid] <= t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Peer (a): the usual video.js-plugin / Able Player way, on `timeupdate` alone. */
  function installTimeupdatePeer(passages) {
    const list = document.createElement('ol');
    list.id = 'bench-timeupdate';
    passages.forEach((p, i) => {
      const li = document.createElement('li');
      li.dataset.index = String(i);
      li.textContent = p.en;
      list.append(li);
    });
    offscreen(list);
    watch('timeupdate', list, 'aria-current', ariaCurrentSet);
    const starts = passages.map((p) => p.start);
    let current = -1;
    video().addEventListener('timeupdate', () => {
      const index = findIndex(starts, video().currentTime);
      if (index === current) return;
      list.children[current]?.removeAttribute('aria-current');
      list.children[index]?.setAttribute('aria-current', 'true');
      current = index;
    });
  }

  /** Peer (b): Hyperaudio Lite, one span per passage (`data-m`/`data-d` in ms) in a <p>. */
  function installHyperaudioPeer(passages) {
    const box = document.createElement('div');
    box.id = 'bench-hyperaudio';
    const section = document.createElement('section');
    passages.forEach((p, i) => {
      const para = document.createElement('p');
      para.dataset.index = String(i);
      const span = document.createElement('span');
      span.dataset.m = String(Math.round(p.start * 1000));
      span.dataset.d = String(Math.round((p.end - p.start) * 1000));
      span.textContent = p.en;
      para.append(span);
      section.append(para);
    });
    box.append(section);
    offscreen(box);
    watch('hyperaudio', box, 'class', activeClassAdded);
    const media = video();
    if (!media.id) media.id = 'bench-video';
    window.__benchHyperaudio = new HyperaudioLite({
      transcript: box.id,
      player: media.id,
      autoScroll: false,
      playOnClick: false,
    });
  }

  function install(passages) {
    watch(
      'ours',
      document.querySelector('.transcript'),
      'aria-current',
      ariaCurrentSet,
      (node) =>
        node instanceof HTMLElement &&
        node.matches('li.passage') &&
        node.getAttribute('aria-current') === 'true',
    );
    installTimeupdatePeer(passages);
    installHyperaudioPeer(passages);
  }

  /** Resolves with `promise`, or after `ms` with `fallback` (an engine that never answers). */
  const within = (promise, ms, fallback) => Promise.race([promise, sleep(ms).then(() => fallback)]);

  // Some engines (WebKitGTK with GStreamer) now and then never fire `seeked`, or never settle
  // play(): a crossing gives up after a few seconds and counts as "never" for all three.
  const seek = (media, time) =>
    within(
      new Promise((resolve) => {
        media.addEventListener('seeked', () => resolve(true), { once: true });
        media.currentTime = time;
      }),
      8_000,
      false,
    );

  const firstFor = (index) =>
    WHO.map((who) => records.find((r) => r.who === who && r.index === index) ?? null);
  const allSeen = (index) => firstFor(index).every(Boolean);

  /** Resolves when all three made passage `index` current, or when `giveUp()` says to stop. */
  function seenByAll(index, media, giveUp) {
    return new Promise((resolve) => {
      const done = () => {
        media.removeEventListener('timeupdate', check);
        clearTimeout(timer);
        waiting = null;
        resolve();
      };
      const check = () => giveUp() && done();
      const timer = setTimeout(done, 10_000);
      media.addEventListener('timeupdate', check);
      waiting = { index, resolve: done };
      if (allSeen(index)) done();
    });
  }

  /**
   * Seeks `lead` seconds before passage `index`, plays across its start at `rate` and returns,
   * per highlighter, the media time at which the passage became current (null if it never did
   * within `cap` seconds of media after the start).
   */
  async function crossBoundary(index, start, rate, lead, cap) {
    const media = video();
    media.pause();
    media.muted = true;
    media.playbackRate = rate;
    if (!(await seek(media, start - lead))) return WHO.map(() => null);
    await sleep(150); // the seek's own timeupdate and Hyperaudio's seeked handler land first
    records.length = 0;
    const seen = seenByAll(index, media, () => media.currentTime > start + cap);
    await within(
      media.play().catch(() => undefined),
      8_000,
      undefined,
    );
    await seen;
    media.pause();
    return firstFor(index).map((r) => (r ? r.media : null));
  }

  /** Seeks while paused; per highlighter, ms from the seek until the passage became current. */
  async function seekResponse(index, time) {
    const media = video();
    media.pause();
    await sleep(200);
    records.length = 0;
    const seen = seenByAll(index, media, () => false);
    const t0 = performance.now();
    media.currentTime = time;
    await seen;
    return firstFor(index).map((r) => (r ? r.wall - t0 : null));
  }

  /** Intervals between animation frames, to know the frame rate the page really gets. */
  async function frameIntervals(count) {
    const times = [];
    for (let i = 0; i <= count; i++) {
      await nextFrame();
      times.push(performance.now());
    }
    return times.slice(1).map((t, i) => t - times[i]);
  }

  /** Frame intervals while the video plays at `rate` from `at` (frames can drop under load). */
  async function playingFrameIntervals(count, rate, at) {
    const media = video();
    media.pause();
    media.muted = true;
    media.playbackRate = rate;
    await seek(media, at);
    await media.play();
    await sleep(300);
    const intervals = await frameIntervals(count);
    media.pause();
    return intervals;
  }

  async function loadFully(timeoutMs) {
    const media = video();
    const t0 = performance.now();
    const buffered = () =>
      media.buffered.length > 0 &&
      media.buffered.end(media.buffered.length - 1) >= media.duration - 1;
    const bufferedEnd = () =>
      media.buffered.length ? media.buffered.end(media.buffered.length - 1) : 0;
    while (!(media.readyState >= 4 && buffered()) && performance.now() - t0 < timeoutMs) {
      // An engine stops buffering ahead at a size of its own (Chromium at about 3 MB, here
      // 377 s of the 553): a seek to where its buffer ends fetches the rest, which it keeps.
      if (media.networkState === media.NETWORK_IDLE && media.readyState >= 3 && !buffered())
        media.currentTime = bufferedEnd();
      await sleep(100);
    }
    media.currentTime = 0;
    while (media.seeking && performance.now() - t0 < timeoutMs) await sleep(50);
    return { readyState: media.readyState, duration: media.duration, buffered: buffered() };
  }

  window.__bench = {
    install,
    crossBoundary,
    seekResponse,
    frameIntervals,
    playingFrameIntervals,
    loadFully,
    records,
  };
})();
