/**
 * CC-CEDICT as the `hanzi` package ships it: a JS module whose one template literal holds the
 * text verbatim (it contains no backslash or `${`). Read at import and build time only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CedictEntry, parseCedict } from '@/domain/cedict';

export type NodeCedict = ReadonlyMap<string, readonly CedictEntry[]>;

export function cedictPath(): string {
  return fileURLToPath(import.meta.resolve('hanzi/lib/data/cedict_ts.u8.js'));
}

/** Reads the file as text rather than importing it: the 9.7 MB string need not be evaluated. */
export function loadCedict(path = cedictPath()): NodeCedict {
  const source = readFileSync(path, 'utf8');
  const open = source.indexOf('`');
  const close = source.lastIndexOf('`');
  if (open < 0 || close <= open) throw new Error(`${path}: no CC-CEDICT text found`);
  return parseCedict(source.slice(open + 1, close));
}
