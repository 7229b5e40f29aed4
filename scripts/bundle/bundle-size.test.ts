import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { allChunks, initialChunks, initialScriptUrls, totalGzip } from './bundle-size';

const page = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
<script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="modulepreload" crossorigin href="/assets/runtime-b.js">
<link rel="modulepreload" crossorigin href="/assets/index-a.js">
<link rel="stylesheet" crossorigin href="/assets/index-c.css">
<link rel="icon" href="/favicon.svg">
</head><body><div id="root"></div></body></html>`;

describe('initial JS of a built page', () => {
  it('takes the module script and the modulepreloads, once each, and nothing else', () => {
    expect(initialScriptUrls(page)).toEqual(['/assets/index-a.js', '/assets/runtime-b.js']);
  });

  it('ignores classic and inline scripts', () => {
    const html = '<script src="/legacy.js"></script><script type="module">1</script>';
    expect(initialScriptUrls(html)).toEqual([]);
  });

  it('measures the gzip size of each initial file and leaves lazy chunks out', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'lessons/x'), { recursive: true });
    const entry = 'const a = 1;\n'.repeat(500);
    const runtime = 'export const r = () => 2;';
    writeFileSync(join(dist, 'lessons/x/index.html'), page);
    writeFileSync(join(dist, 'assets/index-a.js'), entry);
    writeFileSync(join(dist, 'assets/runtime-b.js'), runtime);
    writeFileSync(join(dist, 'assets/lazy-d.js'), 'x'.repeat(100_000));

    const chunks = initialChunks(dist, 'lessons/x/index.html');
    expect(chunks.map((c) => c.file)).toEqual(['/assets/index-a.js', '/assets/runtime-b.js']);
    expect(chunks[0]).toEqual({
      file: '/assets/index-a.js',
      bytes: entry.length,
      gzipBytes: gzipSync(entry).length,
    });
    expect(totalGzip(chunks)).toBe(gzipSync(entry).length + gzipSync(runtime).length);
    expect(allChunks(dist).map((c) => c.file)).toContain('/assets/lazy-d.js');
  });
});
