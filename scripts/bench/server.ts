/**
 * Builds the app and serves the build with `vite preview` on a free port, and launches Debian's
 * Chromium (never a downloaded browser). The build goes to a private folder under
 * node_modules/.cache rather than dist/: other work in this checkout (the Playwright suite's
 * preview server) serves dist/ and must not see it replaced half-way through a run.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { preview, type Plugin, type PreviewServer } from 'vite';
import { AUTOPLAY_ARG, CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export const BUILD_DIR = 'node_modules/.cache/tandem-bench/dist';

export function buildApp(root: string): string {
  const outDir = resolve(root, BUILD_DIR);
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  return outDir;
}

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(root: string, outDir: string, plugins: Plugin[] = []): Promise<Served> {
  const port = await freePort();
  const server: PreviewServer = await preview({
    root,
    plugins,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, AUTOPLAY_ARG] });
}
