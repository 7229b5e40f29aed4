/**
 * WebKit as Debian packages it: WebKitWebDriver (webkit2gtk-driver) starts WebKitGTK's
 * MiniBrowser in automation mode on a virtual X display (xvfb-run), driven by webdriverio over
 * classic WebDriver (the driver offers no BiDi). Elements are found by role and then confirmed
 * with the engine's own computed role and accessible name (WebDriver's Get Computed Role/Label).
 *
 * Classic WebDriver reports no console messages, and MiniBrowser in automation mode does not
 * write them out, so errors are caught by listeners put into each page once it has loaded:
 * what goes wrong while a page loads and before they are in place is not seen here.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { remote } from 'webdriverio';
import {
  DESKTOP,
  type Engine,
  type EngineDriver,
  fileInputId,
  type Target,
  type WindowSize,
} from './engine';
import { framedPath } from './frame';
import { freePort } from '../../scripts/bench/server';

const LIB = '/usr/lib/x86_64-linux-gnu';

/** MiniBrowser lives in WebKitGTK's versioned library folder (webkit2gtk-4.1 on Debian 12). */
export function miniBrowserPath(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const folders = existsSync(LIB) ? readdirSync(LIB).filter((d) => /^webkit2?gtk-/.test(d)) : [];
  const found = folders
    .sort()
    .reverse()
    .map((d) => `${LIB}/${d}/MiniBrowser`)
    .find(existsSync);
  return found ?? `${LIB}/webkit2gtk-4.1/MiniBrowser`;
}

const ROLE_CSS: Record<Target['role'], string> = {
  button: 'button, [role="button"]',
  group: '[role="group"], fieldset',
  region: '[role="region"], section[aria-label], section[aria-labelledby]',
  dialog: '[role="dialog"], dialog',
};

type Browser = WebdriverIO.Browser;
type Element = WebdriverIO.Element;

async function find(browser: Browser, target: Target): Promise<Element> {
  const scope = target.within ? await find(browser, target.within) : undefined;
  const deadline = Date.now() + 10_000;
  for (;;) {
    // Asking the engine for an element's name takes a round trip: first keep, in one call, only
    // the elements of that role whose text or label mentions the name at all.
    const references = await browser.execute(
      (css, name, within) =>
        [...(within ?? document).querySelectorAll(css)].filter((el) =>
          el.hasAttribute('aria-labelledby')
            ? true
            : (el.getAttribute('aria-label') ?? el.textContent ?? '').includes(name),
        ),
      ROLE_CSS[target.role],
      target.name,
      (scope ?? null) as unknown as HTMLElement | null,
    );
    for (const reference of references) {
      const element = await browser.$(reference as never).getElement();
      if (
        (await element.getComputedRole()) === target.role &&
        (await element.getComputedLabel()) === target.name
      )
        return element;
    }
    if (Date.now() > deadline) throw new Error(`no ${target.role} named "${target.name}"`);
    await browser.pause(100);
  }
}

/** Listeners for what a page reports as going wrong, kept on the page's window. */
function listenForErrors() {
  const page = window as unknown as { __engineErrors?: string[] };
  if (page.__engineErrors) return;
  const errors: string[] = (page.__engineErrors = []);
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
  addEventListener('error', (event) =>
    errors.push(event.filename ? `${event.message} (${event.filename})` : event.message),
  );
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const where = target ? `<${target.localName} class="${target.className}">` : 'the page';
    errors.push(
      `CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${where} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

async function launch(baseUrl: string, size = DESKTOP): Promise<EngineDriver> {
  const port = await freePort();
  // Its own process group, so that closing ends Xvfb, the driver and the browser together.
  const driver = spawn(
    'xvfb-run',
    [
      '-a',
      '-s',
      `-screen 0 ${DESKTOP.width}x${DESKTOP.height}x24`,
      'WebKitWebDriver',
      `--port=${port}`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  const stop = () => {
    try {
      if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 20,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: miniBrowserPath(),
          // Media may play without a click: the scenarios start playback themselves.
          args: ['--automation', '--autoplay-policy=allow'],
        },
      } as WebdriverIO.Capabilities,
    });
    const framed = size.width < DESKTOP.width ? size : null;
    const window = framed ? DESKTOP : size;
    await browser.setWindowSize(window.width, window.height);
    return driverFor(browser, baseUrl, framed, async () => {
      await browser.deleteSession().catch(() => undefined);
      stop();
    });
  } catch (error) {
    stop();
    throw error;
  }
}

/** `framed`: the size of the frame that shows the app, in a phone-sized run. */
function driverFor(
  browser: Browser,
  baseUrl: string,
  framed: WindowSize | null,
  close: () => Promise<void>,
): EngineDriver {
  const errors: string[] = [];
  const collect = async () => {
    const seen = await browser
      .execute(() => (window as unknown as { __engineErrors?: string[] }).__engineErrors?.splice(0))
      .catch(() => undefined);
    if (seen) errors.push(...seen);
  };
  return {
    version: `WebKitGTK ${String(browser.capabilities.browserVersion)}`,
    async goto(path) {
      await collect();
      // Navigating also takes WebDriver's context back to the top-level page.
      await browser.url(baseUrl + (framed ? framedPath(path, framed) : path));
      if (framed) await browser.switchToFrame(0);
      await browser.execute(listenForErrors);
    },
    evaluate: <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) =>
      browser.execute(fn as (...args: unknown[]) => unknown, ...args) as Promise<Awaited<R>>,
    async addScript(source) {
      // Execute Script runs as the browser's own, outside the page's CSP.
      await browser.execute(source);
    },
    async passOver(css) {
      // One actions request: each pointer move is a round trip that waits for the page.
      const element = await browser.$(css);
      await element.scrollIntoView({ block: 'center' });
      await browser.action('pointer').move({ origin: element }).move({ x: 0, y: 0 }).perform();
    },
    async click(target) {
      await (await find(browser, target)).click();
    },
    async chooseFiles(label, paths) {
      const id = await browser.execute(fileInputId, label);
      if (!id) throw new Error(`no file input labelled "${label}"`);
      const input = await browser.$(`[id="${id}"]`).getElement();
      // WebDriver's Element Send Keys to a file input: the paths, one a line, are the choice.
      await browser.elementSendKeys(input.elementId, paths.join('\n'));
    },
    async takeErrors() {
      await collect();
      return errors.splice(0);
    },
    close,
  };
}

export const webkit: Engine = {
  id: 'webkit',
  name: 'WebKit',
  binaries: ['/usr/bin/WebKitWebDriver', '/usr/bin/xvfb-run', miniBrowserPath()],
  install:
    'sudo apt-get install webkit2gtk-driver xvfb xauth gstreamer1.0-plugins-good gstreamer1.0-plugins-base gstreamer1.0-libav',
  launch,
};
