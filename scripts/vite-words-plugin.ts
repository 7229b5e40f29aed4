/**
 * Word data for the app:
 * - `virtual:cedict-url`, the address of the browser's dictionary (scripts/words/dictionary-file.ts),
 *   which lessons made in the browser load on their first word look-up. On build it is emitted
 *   as an asset with a content-hashed name (`assets/cedict-<hash>.txt`): a host may cache it
 *   for good, and the name changes when the dictionary does. In dev it is served as it is built.
 * - A word file the app does not have (`/words/<id>.json`, a lesson made in the browser) is a
 *   404, in dev and preview as on a static host, rather than the app's HTML fallback: the app
 *   then computes the lesson's words itself.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Connect, Plugin } from 'vite';

const VIRTUAL = 'virtual:cedict-url';
const RESOLVED = `\0${VIRTUAL}`;
const DEV_URL = '/words/cedict.txt';

/** The word file's name in a request path under /words/, else undefined. */
function wordFile(url: string | undefined): string | undefined {
  const match = /^\/words\/([^/?#]+\.json)(?:[?#].*)?$/.exec(url ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}

function missingWordFiles(dir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const name = wordFile(req.url);
    if (name === undefined || existsSync(join(dir, 'words', name))) return next();
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json');
    res.end('{"error":"not found"}');
  };
}

/**
 * Through tsx, which knows the `@/` paths the domain code imports by (the config loader does
 * not); only when the dictionary is first asked for.
 */
async function buildDictionary(): Promise<string> {
  const module = (await tsImport(
    './words/dictionary-file.ts',
    import.meta.url,
  )) as typeof import('./words/dictionary-file.ts');
  return module.buildDictionaryText();
}

export function wordsPlugin(): Plugin {
  let text: Promise<string> | undefined;
  const dictionary = () => (text ??= buildDictionary());
  let serving = false;
  return {
    name: 'tandem-words',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_URL)};`;
      const ref = this.emitFile({ type: 'asset', name: 'cedict.txt', source: await dictionary() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== DEV_URL) return next();
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        void dictionary().then((body) => res.end(body), next);
      });
      server.middlewares.use(missingWordFiles(server.config.publicDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(
        missingWordFiles(resolve(server.config.root, server.config.build.outDir)),
      );
    },
  };
}
