/**
 * What the cross-engine scenarios (and the benchmark's lag probe) ask of a browser, whatever
 * drives it: Firefox over WebDriver BiDi (firefox.ts), WebKit over classic WebDriver (webkit.ts).
 *
 * Functions given to `evaluate` are sent to the page as source text. tsx compiles this code
 * with esbuild's keepNames, which wraps every named inner function (`const f = () => …`,
 * `function f`) in a `__name()` helper the page does not have: write them without.
 */

/** An element found as assistive technology finds it: by role and exact accessible name. */
export interface Target {
  role: 'button' | 'group' | 'region' | 'dialog';
  name: string;
  /** Look only inside this element (the first match if several share role and name). */
  within?: Target;
}

export interface EngineDriver {
  /** Engine and version, e.g. "Firefox 153.8.0esr". */
  readonly version: string;
  /** Loads a path of the served app and waits for the page's load event. */
  goto(path: string): Promise<void>;
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Runs a classic script in the page, past its Content-Security-Policy (the benchmark's probes). */
  addScript(source: string): Promise<void>;
  /** The pointer comes over the element matching `css`, then leaves it for the page's corner. */
  passOver(css: string): Promise<void>;
  /** Clicks the first element matching `target` with the pointer, scrolled into view. */
  click(target: Target): Promise<void>;
  /**
   * Chooses files (absolute paths) in the file input labelled exactly `label`, as a user does
   * in the file picker: the input's `input` and `change` events follow.
   */
  chooseFiles(label: string, paths: readonly string[]): Promise<void>;
  /** Console errors, uncaught errors and CSP violations reported since the last call. */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** One engine as the runner and the benchmark see it before launching it. */
export interface Engine {
  /** As given on the command line: firefox, webkit. */
  id: string;
  name: string;
  /** Programs the engine needs; if one is missing it is skipped with `install`'s advice. */
  binaries: string[];
  install: string;
  /** Starts the engine with a window of `size` (a desktop window unless told). */
  launch(baseUrl: string, size?: WindowSize): Promise<EngineDriver>;
}

export interface WindowSize {
  width: number;
  height: number;
}

export const DESKTOP: WindowSize = { width: 1280, height: 800 };
/** A phone held upright. */
export const PHONE: WindowSize = { width: 375, height: 800 };

/**
 * The id of the file input whose label's text is `label`, given an id if it has none. Runs in
 * the page (no named inner functions; see above).
 */
export function fileInputId(label: string): string | null {
  const found = [...document.querySelectorAll('label')].find(
    (l) => l.textContent?.trim() === label,
  )?.control;
  if (!(found instanceof HTMLInputElement) || found.type !== 'file') return null;
  if (!found.id) found.id = `engine-file-${Math.random().toString(36).slice(2)}`;
  return found.id;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `read` until `accept` holds for its value, like Playwright's expect.poll; polling from
 * here rather than inside the page, where a function built from a string is refused by the
 * app's CSP. Fails with `what` and the last value seen.
 */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`expected ${what}; last seen: ${JSON.stringify(last)}`);
    await sleep(100);
  }
}
