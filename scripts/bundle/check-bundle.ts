/**
 * `npm run test:bundle` (part of `npm test`), after `vite build`: prints the lesson page's
 * initial JavaScript chunk by chunk and fails when their gzip total passes the budget.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INITIAL_JS_BUDGET_KB, initialChunks, kB, totalGzip } from './bundle-size';

const distDir = resolve(process.argv[2] ?? 'dist');
const lessonHtml = 'lessons/digital-china-12/index.html';

if (!existsSync(resolve(distDir, lessonHtml))) {
  console.error(`bundle budget: no ${lessonHtml} in ${distDir}; run vite build first.`);
  process.exit(1);
}

const chunks = initialChunks(distDir, lessonHtml);
const total = totalGzip(chunks);
for (const c of chunks) console.log(`  ${c.file}  ${kB(c.bytes)} kB, ${kB(c.gzipBytes)} kB gzip`);
const verdict = total <= INITIAL_JS_BUDGET_KB * 1000 ? 'within' : 'OVER';
console.log(
  `bundle budget: the lesson page's initial JS is ${kB(total)} kB gzip in ${chunks.length} file(s), ${verdict} the ${INITIAL_JS_BUDGET_KB} kB budget.`,
);
if (verdict === 'OVER') process.exit(1);
