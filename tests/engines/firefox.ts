/**
 * Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, which downloads no browser.
 * Elements are found through the engine's own accessibility tree (puppeteer's `::-p-aria`, a
 * BiDi accessibility locator), so a role or name Firefox computes differently fails here.
 */
import { execFileSync } from 'node:child_process';
import puppeteer, { type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { framedPath } from './frame';
import { DESKTOP, type Engine, type EngineDriver, fileInputId, type Target } from './engine';

const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const aria = ({ role, name }: Target) =>
  `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;

async function find(page: Page | Frame, target: Target): Promise<ElementHandle> {
  const scope = target.within ? await find(page, target.within) : page;
  const found = await scope.waitForSelector(aria(target), { timeout: 10_000 });
  if (!found) throw new Error(`no ${target.role} named "${target.name}"`);
  return found as ElementHandle;
}

async function launch(baseUrl: string, size = DESKTOP): Promise<EngineDriver> {
  const framed = size.width < DESKTOP.width;
  const window = framed ? DESKTOP : size;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The window's size, not an emulated viewport: setViewport is not what a user has.
    defaultViewport: null,
    args: [`--width=${window.width}`, `--height=${window.height}`],
    // Media may play without a click: the scenarios start playback themselves.
    extraPrefsFirefox: { 'media.autoplay.default': 0 },
  });
  const errors: string[] = [];
  // Each page load gets a tab of its own, and a tab that is left stops being listened to before
  // it closes: Firefox, leaving a page whose video is still fetching, aborts the fetch and
  // reports MEDIA_ERR_ABORTED to that page (video.js logs it), which is not the next page's doing.
  const open = async () => {
    const tab = await browser.newPage();
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    // Uncaught errors, and CSP violations, which Firefox reports as errors of the page.
    tab.on('pageerror', (error) => errors.push(String(error)));
    return tab;
  };
  let page = await open();
  // The page, or in a phone-sized run the frame inside it that shows the app.
  let scope: Page | Frame = page;
  const version = execFileSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' })
    .trim()
    .replace(/^Mozilla /, '');

  return {
    version,
    async goto(path) {
      const left = page;
      page = await open();
      left.removeAllListeners();
      await left.close();
      await page.goto(baseUrl + (framed ? framedPath(path, size) : path), { waitUntil: 'load' });
      scope = framed
        ? ((await (await page.waitForSelector('iframe'))!.contentFrame()) ?? page)
        : page;
    },
    evaluate: <A extends unknown[], R>(fn: (...args: A) => R, ...args: A) =>
      scope.evaluate(fn as (...args: unknown[]) => unknown, ...args) as Promise<Awaited<R>>,
    async addScript(source) {
      // A BiDi script.evaluate is the browser's own, outside the page's CSP.
      await scope.evaluate(source);
    },
    async passOver(css) {
      await scope.hover(css);
      await page.mouse.move(0, 0);
    },
    async click(target) {
      await (await find(scope, target)).click();
    },
    async chooseFiles(label, paths) {
      const id = await scope.evaluate(fileInputId, label);
      const input = id && (await scope.$(`[id="${id}"]`));
      if (!input) throw new Error(`no file input labelled "${label}"`);
      // Over BiDi, input.setFiles, which fires the input's events as a user's choice does.
      await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    async takeErrors() {
      return errors.splice(0);
    },
    close: () => browser.close(),
  };
}

export const firefox: Engine = {
  id: 'firefox',
  name: 'Firefox ESR',
  binaries: [FIREFOX_PATH],
  install: 'sudo apt-get install firefox-esr, or set FIREFOX_PATH',
  launch,
};
