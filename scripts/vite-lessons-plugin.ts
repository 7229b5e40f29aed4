/**
 * Serves the lesson files of data/lessons/ at /data/lessons/<id>.json (plus an index.json of
 * summaries for the library page) in dev and preview, and emits them into dist/ on build.
 * It also writes dist/lessons/<id>/index.html so that deep links work on any static host,
 * with no rewrite rules.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

const ROUTE = '/data/lessons/';

function lessonsDir(root: string) {
  return resolve(root, 'data/lessons');
}

function lessonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort();
}

/** Summaries for the library; a file that is not valid JSON is listed by id only (the lesson
 * page then shows its error view, which names the problem). */
export function buildIndex(dir: string) {
  return lessonFiles(dir).map((file) => {
    const id = file.replace(/\.json$/, '');
    try {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      return {
        id,
        series: data.series,
        title: data.title,
        duration: data.duration,
        synopsis: data.synopsis,
        published: data.published,
      };
    } catch {
      return { id };
    }
  });
}

function middleware(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    if (!url.startsWith(ROUTE)) return next();
    const dir = lessonsDir(root);
    const name = decodeURIComponent(url.slice(ROUTE.length));
    let body: string | undefined;
    if (name === 'index.json') body = JSON.stringify(buildIndex(dir));
    else if (/^[a-z0-9-]+\.json$/.test(name) && existsSync(join(dir, name)))
      body = readFileSync(join(dir, name), 'utf8');
    if (body === undefined) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'application/json');
      res.end('{"error":"not found"}');
      return;
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(body);
  };
}

export function lessonsPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'tandem-lessons',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(middleware(root));
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware(root));
    },
    generateBundle() {
      const dir = lessonsDir(root);
      for (const file of lessonFiles(dir))
        this.emitFile({
          type: 'asset',
          fileName: `data/lessons/${file}`,
          source: readFileSync(join(dir, file), 'utf8'),
        });
      this.emitFile({
        type: 'asset',
        fileName: 'data/lessons/index.json',
        source: JSON.stringify(buildIndex(dir)),
      });
    },
    closeBundle() {
      const html = join(outDir, 'index.html');
      if (!existsSync(html)) return;
      const page = readFileSync(html, 'utf8');
      for (const file of lessonFiles(lessonsDir(root))) {
        const dir = join(outDir, 'lessons', file.replace(/\.json$/, ''));
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), page);
      }
      // Static hosts serve 404.html for unknown paths; the app then shows its own not-found view.
      writeFileSync(join(outDir, '404.html'), page);
    },
  };
}
