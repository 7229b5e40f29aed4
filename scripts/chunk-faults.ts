/**
 * A preview-server plugin for the cross-engine tests: it makes the app's lazily loaded chunks
 * fail on request, as a dropped connection would, so the "Try again" of a failed part can be
 * tested in engines whose drivers cannot intercept requests (WebKit over classic WebDriver).
 *
 * `GET /__chunk-faults?name=create-player` makes every request for a built chunk whose file
 * name contains `create-player` answer 503; `GET /__chunk-faults` ends that. Only the engine
 * test runner adds this plugin; the app's own preview and build never see it.
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
