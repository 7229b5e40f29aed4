/** The build's figures as the lines the script prints (and the README quotes). */
import type { WordFileBuild } from '@/domain/word-file-build';

const share = (fraction: number) => `${(100 * fraction).toFixed(1)}%`;
const percent = (part: number, whole: number) => share(whole === 0 ? 0 : part / whole);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export interface FileSize {
  raw: number;
  gzip: number;
}

/** Han characters inside a word with an entry of its own: CC-CEDICT's or the lesson's term. */
export function coveredShare(build: Pick<WordFileBuild, 'coverage' | 'unread'>): number {
  const { cedict, term, characters, none } = build.coverage;
  const total = cedict + term + characters + none + build.unread;
  return total === 0 ? 1 : (cedict + term) / total;
}

export function formatReport(build: WordFileBuild, size: FileSize): string[] {
  const { coverage, unread, file, mismatches } = build;
  const { cedict, term, characters, none } = coverage;
  const han = cedict + term + characters + none + unread;
  const lines = [
    `${han} Han characters in ${file.passages.length} passages; ${build.distinctWords} distinct words, ${file.entries.length} entries (words and their parts, by reading)`,
    `inside a word with an entry: ${share(coveredShare(build))} (CC-CEDICT ${percent(cedict, han)}, key terms CC-CEDICT lacks ${percent(term, han)}, glossed by the lesson with their CC-CEDICT parts)`,
    `looked up character by character (words CC-CEDICT lacks): ${percent(characters, han)}; no entry at all: ${percent(none + unread, han)}`,
    `word file: ${kB(size.raw)} raw, ${kB(size.gzip)} gzip`,
  ];
  if (mismatches.length === 0) lines.push('pinyin: every context reading is one of CC-CEDICT’s');
  else {
    lines.push(`pinyin: ${mismatches.length} words read otherwise than CC-CEDICT:`);
    for (const m of mismatches)
      lines.push(
        `  ${m.word} ${m.context} (CC-CEDICT: ${m.dictionary.join(', ')}; ${m.agreement})`,
      );
  }
  return lines;
}
