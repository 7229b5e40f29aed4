/**
 * Serves the lesson files of data/lessons/ at /data/lessons/<id>.json (plus an index.json of
 * summaries for the library page): in dev from data/lessons/ as it is, in preview the build's
 * copies, which it emits into dist/ on build.
 * It also writes dist/lessons/<id>.html and dist/lessons/<id>/index.html, each asking for its
 * lesson's data at once, so that deep links work on any static host with no rewrite rules, and
 * each holding its lesson's first screen, rendered by the app (scripts/first-screen/), so that
 * the lesson shows before the app's script has run.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import {
  firstScreenCheck,
  renderFirstScreens,
  withFirstScreen,
} from './first-screen/first-screens.ts';

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

const notFound = (res: ServerResponse) => {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'application/json');
  res.end('{"error":"not found"}');
};

/** A lesson file's name in a request path, or null for anything else under the route. */
function requestedFile(url: string | undefined): string | null | undefined {
  const path = (url ?? '').split('?')[0] ?? '';
  if (!path.startsWith(ROUTE)) return undefined;
  const name = decodeURIComponent(path.slice(ROUTE.length));
  return name === 'index.json' || /^[a-z0-9-]+\.json$/.test(name) ? name : null;
}

/** Dev: the lessons as they are in data/lessons/ now, so an import shows on reload. */
function devMiddleware(root: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const name = requestedFile(req.url);
    if (name === undefined) return next();
    const dir = lessonsDir(root);
    let body: string | undefined;
    if (name === 'index.json') body = JSON.stringify(buildIndex(dir));
    else if (name && existsSync(join(dir, name))) body = readFileSync(join(dir, name), 'utf8');
    if (body === undefined) return notFound(res);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(body);
  };
}

/**
 * Preview: the build's own copies, served by the preview server's static files (compressed,
 * like the rest of the build); only a lesson the build does not have is answered here, with a
 * 404 rather than the app's HTML fallback.
 */
function previewMiddleware(outDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const name = requestedFile(req.url);
    if (name === undefined) return next();
    if (name && existsSync(join(outDir, 'data/lessons', name))) return next();
    notFound(res);
  };
}

/**
 * Preview: a lesson page the build does not have (`/lessons/nope`) is the app's page, which
 * shows its own "not found" view, with the status a static host gives it: 404, as 404.html.
 */
function unknownLessonMiddleware(outDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const match = /^\/lessons\/([^/?#]+?)(?:\.html|\/(?:index\.html)?)?(?:[?#].*)?$/.exec(
      req.url ?? '',
    );
    if (!match) return next();
    let id: string;
    try {
      id = decodeURIComponent(match[1]!);
    } catch {
      return next();
    }
    if (existsSync(join(outDir, 'lessons', id, 'index.html'))) return next();
    const page = join(outDir, '404.html');
    if (!existsSync(page)) return next();
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(readFileSync(page));
  };
}

/**
 * A lesson's own page asks for its data at once, beside the app's script, rather than after the
 * script has run: the transcript is the page's main content and waits on that file. The fetch
 * the app makes later (same URL, same-origin CORS mode) is answered by this preload.
 */
export function withLessonPreload(page: string, file: string): string {
  const link = `<link rel="preload" href="${ROUTE}${file}" as="fetch" crossorigin>`;
  return page.replace('</head>', `    ${link}\n  </head>`);
}

/**
 * Each lesson's own page, from the app's page (`appPage`, as built): asking for the lesson's file
 * at once and holding its first screen, rendered by the app of the project at `root`. A lesson
 * the app would refuse gets the page without one, and the `problem` says why.
 */
export async function lessonPages(
  root: string,
  appPage: string,
  lessons: readonly { id: string; text: string }[],
): Promise<{ html: string; problem?: string }[]> {
  const screens = await renderFirstScreens(
    root,
    lessons.map(({ id, text }) => ({ path: `/lessons/${id}`, text })),
  );
  return lessons.map(({ id }, i) => {
    const screen = screens.results[i]!;
    const html = withLessonPreload(appPage, `${id}.json`);
    return 'html' in screen
      ? { html: withFirstScreen(html, screens.attribute, screen.html, screen.fits) }
      : { html, problem: screen.problem };
  });
}

export function lessonsPlugin(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let building = false;
  return {
    name: 'tandem-lessons',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(devMiddleware(root));
    },
    configurePreviewServer(server) {
      const built = resolve(root, server.config.build.outDir);
      server.middlewares.use(previewMiddleware(built));
      server.middlewares.use(unknownLessonMiddleware(built));
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
      // Named by the lesson pages, which closeBundle writes.
      this.emitFile({ type: 'asset', ...firstScreenCheck() });
    },
    async closeBundle() {
      // A dev server calls this hook too when it closes (the first screens' own server does):
      // only a build writes pages.
      if (!building) return;
      const html = join(outDir, 'index.html');
      if (!existsSync(html)) return;
      const page = readFileSync(html, 'utf8');
      const dir = lessonsDir(root);
      const lessons = lessonFiles(dir).map((file) => ({
        id: file.replace(/\.json$/, ''),
        text: readFileSync(join(dir, file), 'utf8'),
      }));
      const pages = await lessonPages(root, page, lessons);
      // Both lessons/<id>.html and lessons/<id>/index.html: hosts differ in which one they
      // serve for /lessons/<id> (vite preview takes the first).
      lessons.forEach(({ id }, i) => {
        const { html: lessonPage, problem } = pages[i]!;
        if (problem) this.warn(`lessons/${id}.html has no first screen: ${problem}`);
        mkdirSync(join(outDir, 'lessons', id), { recursive: true });
        writeFileSync(join(outDir, 'lessons', id, 'index.html'), lessonPage);
        writeFileSync(join(outDir, 'lessons', `${id}.html`), lessonPage);
      });
      // Static hosts serve 404.html for unknown paths; the app then shows its own not-found view.
      writeFileSync(join(outDir, '404.html'), page);
    },
  };
}
