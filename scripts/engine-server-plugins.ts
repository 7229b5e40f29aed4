/**
 * Preview-server plugins for the cross-engine tests (scripts/run-engine-tests.ts); the app's own
 * preview and build never see them.
 *
 * chunkFaults makes the app's lazily loaded chunks
 * fail on request, as a dropped connection would, so the "Try again" of a failed part can be
 * tested in engines whose drivers cannot intercept requests (WebKit over classic WebDriver).
 *
 * `GET /__chunk-faults?name=create-player` makes every request for a built chunk whose file
 * name contains `create-player` answer 503; `GET /__chunk-faults` ends that.
 *
 * framePage shows a page of the app in a frame of a given size, for a phone-sized viewport in
 * engines whose windows cannot be made that narrow (Firefox's stops at 500 px, MiniBrowser's at
 * about 450): `GET /__frame?src=/lessons/x&width=375&height=800`. Inside the frame, the page's
 * viewport, media queries and `innerWidth` are the frame's.
 */
import type { Plugin } from 'vite';

export const CHUNK_FAULTS_PATH = '/__chunk-faults';

export function chunkFaults(): Plugin {
  let failing: string | null = null;
  return {
    name: 'tandem-chunk-faults',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname === CHUNK_FAULTS_PATH) {
          failing = url.searchParams.get('name') || null;
          res.statusCode = 204;
          res.end();
          return;
        }
        const file = url.pathname.split('/').pop() ?? '';
        if (failing && url.pathname.startsWith('/assets/') && file.includes(failing)) {
          res.statusCode = 503;
          res.setHeader('Cache-Control', 'no-store');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

export const FRAME_PATH = '/__frame';

export function framePage(): Plugin {
  return {
    name: 'tandem-frame-page',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname !== FRAME_PATH) return next();
        const src = url.searchParams.get('src') ?? '/';
        const width = Number(url.searchParams.get('width'));
        const height = Number(url.searchParams.get('height'));
        // Only a path of this server, so the page cannot be made to frame anything else.
        if (!src.startsWith('/') || src.startsWith('//') || !width || !height) {
          res.statusCode = 400;
          res.end();
          return;
        }
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(
          `<!doctype html><html><head><meta charset="utf-8"><title>Frame</title></head><body>` +
            `<iframe src="${encodeURI(src)}" width="${width}" height="${height}" frameborder="0"></iframe>` +
            `</body></html>`,
        );
      });
    },
  };
}
