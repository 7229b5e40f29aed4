/**
 * The browser's dictionary: CC-CEDICT in its compact form, for lessons made in the browser.
 * Built from the `hanzi` package's copy whenever the app is built (scripts/vite-words-plugin.ts
 * emits it under a content-hashed name), so it is never out of date and not kept in git.
 */
import { formatDictionary } from '@/domain/cedict';
import { CEDICT_CREDIT } from '@/domain/word-file-build';
import { loadCedict } from './cedict';

export function buildDictionaryText(): string {
  return formatDictionary(loadCedict(), [
    CEDICT_CREDIT,
    'Compact form for Tandem: simplified, traditional (empty when the same), pinyin, senses.',
  ]);
}
