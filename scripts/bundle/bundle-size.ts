/**
 * The lesson page's initial JavaScript: the module script its HTML loads and every chunk the HTML
 * preloads (`<link rel="modulepreload">`), which Vite lists for all of the entry's static
 * imports. That is what a browser must fetch and run before the app starts; chunks reached only
 * through `import()` (the video.js adapter, pinyin, the side panels) are not in it. Sizes are
 * gzip at zlib's default level (about what a server sends; `vite build`'s own printout differs
 * by about 1%), in kB of 1000 bytes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of issue 7, in kB of gzip (1000 bytes). */
export const INITIAL_JS_BUDGET_KB = 170;

export interface Chunk {
  /** Path as the page asks for it, e.g. `/assets/index-abc.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export const gzipSize = (data: Buffer | string) => gzipSync(data).length;

/** The script and modulepreload URLs of one HTML page, in document order, without duplicates. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attr = (name: string) => new RegExp(`\\s${name}=["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isModuleScript = /^<script/i.test(tag) && attr('type') === 'module' && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href');
    const url = isModuleScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

function measure(distDir: string, file: string): Chunk {
  const data = readFileSync(join(distDir, file.replace(/^\//, '')));
  return { file, bytes: data.length, gzipBytes: gzipSize(data) };
}

/** The initial chunks of the page at `htmlPath` (relative to `distDir`). */
export function initialChunks(distDir: string, htmlPath: string): Chunk[] {
  const html = readFileSync(join(distDir, htmlPath), 'utf8');
  return initialScriptUrls(html).map((url) => measure(distDir, url));
}

/** Every JavaScript file of the build, largest first. */
export function allChunks(distDir: string): Chunk[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push(`/${relative(distDir, path)}`);
    }
  };
  walk(distDir);
  return files.map((file) => measure(distDir, file)).sort((a, b) => b.gzipBytes - a.gzipBytes);
}

export const totalGzip = (chunks: readonly Chunk[]) =>
  chunks.reduce((sum, c) => sum + c.gzipBytes, 0);

export const kB = (bytes: number) => (bytes / 1000).toFixed(2);
