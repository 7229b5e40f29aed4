/**
 * video.js's stylesheet carries its icon font as a data: URL, which a strict
 * Content-Security-Policy (font-src 'self') refuses. This plugin lifts the font out into an
 * asset of its own, served from our origin, in dev and in the build alike.
 */
import type { Plugin } from 'vite';

const FONT_URL = /url\(data:application\/font-woff;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)/;
const DEV_PATH = '/@videojs-icons.woff';

export function videojsFontPlugin(): Plugin {
  let font: Buffer | null = null;
  let isBuild = false;
  return {
    name: 'tandem-videojs-font',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    transform(code, id) {
      if (!/video\.js\/dist\/video-js(\.min)?\.css$/.test(id.split('?')[0] ?? '')) return;
      const match = FONT_URL.exec(code);
      if (!match) return;
      font = Buffer.from(match[1]!, 'base64');
      if (!isBuild) return code.replace(FONT_URL, `url(${DEV_PATH})`);
      const ref = this.emitFile({ type: 'asset', name: 'videojs-icons.woff', source: font });
      return code.replace(FONT_URL, `url(__VITE_ASSET__${ref}__)`);
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'font/woff');
        res.end(font ?? '');
      });
    },
  };
}
