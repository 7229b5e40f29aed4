/**
 * Renders lesson pages' first screens with the app's own components (src/app/first-screen.tsx),
 * in a process of its own: the app's modules read `window`, `localStorage` and the like when they
 * load, so they load here under a jsdom window, which must not leak into the build's process.
 * Reads `{ root, pages: [{ path, text }] }` as JSON on stdin; writes
 * `{ attribute, results: [{ html } | { problem }] }` as JSON on stdout.
 */
import { JSDOM } from 'jsdom';
import { join } from 'node:path';
import { createServer } from 'vite';

/** The window a first visit is rendered for: a laptop's, so a long lesson fills its view. */
const WINDOW = { width: 1440, height: 1200 };

async function readInput() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function installWindow() {
  const dom = new JSDOM(
    '<!doctype html><html lang="en"><body><div id="root"></div></body></html>',
    {
      url: 'http://localhost/',
      pretendToBeVisual: true,
    },
  );
  const { window } = dom;
  Object.defineProperty(window, 'innerWidth', { value: WINDOW.width });
  Object.defineProperty(window, 'innerHeight', { value: WINDOW.height });
  // No media query matches: the page as the style sheet lays it out, not as a script would.
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  });
  for (const name of ['window', 'document', 'localStorage', 'sessionStorage', 'matchMedia'])
    globalThis[name] = name === 'window' ? window : window[name];
  for (const name of ['HTMLElement', 'Element', 'Node', 'MutationObserver', 'getComputedStyle'])
    globalThis[name] ??= window[name];
  Object.defineProperty(globalThis, 'navigator', { value: window.navigator, configurable: true });
  return dom;
}

const { root, pages } = await readInput();
const dom = installWindow();
const server = await createServer({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'silent',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const module = await server.ssrLoadModule('/src/app/first-screen.tsx');
  const results = pages.map(({ path, text }) => {
    dom.reconfigure({ url: new URL(path, 'http://localhost/').href });
    return module.renderFirstScreen(text, path);
  });
  process.stdout.write(JSON.stringify({ attribute: module.FIRST_SCREEN_ATTRIBUTE, results }));
} finally {
  await server.close();
}
