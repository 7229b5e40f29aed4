/**
 * Lesson pages' first screens (src/app/first-screen.tsx), for the build's lesson pages
 * (vite-lessons-plugin.ts) and for lessons the benchmark serves as a host would. The rendering
 * runs in a child process (render-child.mjs), which loads the app's modules under a jsdom window.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FirstScreenFits } from '@/app/first-screen';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, 'render-child.mjs');

/**
 * The script that hides the first screen from a visit it does not fit (first-screen-check.js),
 * as the build emits it: under a name that changes with its content, so a host may cache it.
 */
export function firstScreenCheck(): { fileName: string; source: string } {
  const source = readFileSync(join(HERE, 'first-screen-check.js'), 'utf8');
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  return { fileName: `assets/first-screen-check-${hash}.js`, source };
}

export interface FirstScreenPage {
  /** The page's path, as the app routes it: `/lessons/<id>`. */
  path: string;
  /** The lesson's JSON, as the page's file holds it. */
  text: string;
}

export type FirstScreen = { html: string; fits: FirstScreenFits } | { problem: string };

export type { FirstScreenFits };

/** The id of the page's data block that the head check reads. */
export const FITS_ELEMENT_ID = 'first-screen-fits';

export interface FirstScreens {
  /** The attribute the page's root carries while it holds its first screen. */
  attribute: string;
  results: FirstScreen[];
}

/** Renders each page's first screen with the app's components at `root` (the project). */
export function renderFirstScreens(root: string, pages: FirstScreenPage[]): Promise<FirstScreens> {
  // Never from inside the child itself, whatever loads this module there.
  if (process.env.TANDEM_FIRST_SCREEN_CHILD)
    return Promise.reject(new Error('renderFirstScreens called inside its own child process'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`rendering the first screens failed (exit ${code})`));
      try {
        resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as FirstScreens);
      } catch (error) {
        reject(error as Error);
      }
    });
    child.stdin.end(JSON.stringify({ root, pages }));
  });
}

/**
 * The page with `html` as its root's first content, the root marked with `attribute`, and the
 * check that hides it from a visit it does not fit, run in the head before the body is parsed,
 * with what it needs to know (`fits`) in a data block before it (JSON, which no script runs;
 * `<` escaped so that no text in it can end the block).
 */
export function withFirstScreen(
  page: string,
  attribute: string,
  html: string,
  fits: FirstScreenFits,
): string {
  const empty = '<div id="root"></div>';
  if (!page.includes(empty) || !page.includes('</head>'))
    throw new Error('the page has no </head> or no empty <div id="root"></div>');
  const data = JSON.stringify(fits).replace(/</g, '\\u003c');
  const check =
    `<script type="application/json" id="${FITS_ELEMENT_ID}">${data}</script>\n` +
    `    <script src="/${firstScreenCheck().fileName}"></script>`;
  // Functions, so that `$` in the markup is not read as a replacement pattern.
  return page
    .replace('</head>', () => `  ${check}\n  </head>`)
    .replace(empty, () => `<div id="root" ${attribute}>${html}</div>`);
}
