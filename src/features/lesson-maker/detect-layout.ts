/**
 * How the subtitles hold the two languages, guessed from the script of each line: Han
 * characters make a line Chinese, Latin letters English. The caller may overrule the guess.
 */
import type { SubtitleCue } from './parse-subtitles';
import { SubtitleError } from './subtitle-error';

export type Layout =
  /** One file; each cue holds Chinese and English lines, in either order. */
  | 'bilingual-lines'
  /** One file; each cue comes twice with the same times, once per language. */
  | 'duplicated-cues'
  /** Two files, one per language, cut into cues differently. */
  | 'two-files'
  /** Chinese only or English only; the other column stays empty. */
  | 'one-language';

export type Language = 'zh' | 'en';

export interface SubtitleFileCues {
  name: string;
  cues: SubtitleCue[];
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/**
 * The language of a line, or null for one with neither script ("♪", "1998", "--"). Chinese
 * lines often carry Latin names ("我们用ChatGPT写"), English ones rarely Han, so Han wins unless
 * Latin letters outnumber Han characters four to one.
 */
export function lineLanguage(line: string): Language | null {
  const han = line.match(HAN)?.length ?? 0;
  const latin = line.match(LATIN)?.length ?? 0;
  if (han > 0 && han * 4 >= latin) return 'zh';
  return latin > 0 ? 'en' : null;
}

interface Counts {
  zh: number;
  en: number;
  /** Cues with lines of both languages. */
  both: number;
  /** Cues with any line in a language. */
  some: number;
}

function count(cues: readonly SubtitleCue[]): Counts {
  const counts = { zh: 0, en: 0, both: 0, some: 0 };
  for (const cue of cues) {
    const languages = new Set(cue.lines.map(lineLanguage));
    const [zh, en] = [languages.has('zh'), languages.has('en')];
    if (zh) counts.zh++;
    if (en) counts.en++;
    if (zh && en) counts.both++;
    if (zh || en) counts.some++;
  }
  return counts;
}

/** The language most cues of a file are in, or an error if none holds either. */
export function mainLanguage({ name, cues }: SubtitleFileCues): Language {
  const { zh, en, some } = count(cues);
  if (some === 0)
    throw new SubtitleError(
      name,
      'no-language',
      'no Chinese or English text: no cue has Han characters or Latin letters',
    );
  return zh >= en ? 'zh' : 'en';
}

/** Cues of one language sharing their exact times with a cue of the other. */
function sameTimeCues(cues: readonly SubtitleCue[]): number {
  const times = new Map<string, Set<Language | null>>();
  for (const cue of cues) {
    const key = `${cue.start}-${cue.end}`;
    const languages = times.get(key) ?? new Set();
    cue.lines.forEach((line) => languages.add(lineLanguage(line)));
    times.set(key, languages);
  }
  return cues.filter((cue) => {
    const languages = times.get(`${cue.start}-${cue.end}`)!;
    return languages.has('zh') && languages.has('en');
  }).length;
}

function oneFileLayout(file: SubtitleFileCues): Layout {
  mainLanguage(file);
  const { zh, en, both, some } = count(file.cues);
  if (both >= some / 2) return 'bilingual-lines';
  if (sameTimeCues(file.cues) >= some / 2) return 'duplicated-cues';
  // Cues of both languages at times of their own: they are paired by time all the same.
  return Math.min(zh, en) >= some / 5 ? 'duplicated-cues' : 'one-language';
}

/** The layout of one or two parsed files. */
export function detectLayout(files: readonly SubtitleFileCues[]): Layout {
  if (files.length === 1) return oneFileLayout(files[0]!);
  const [a, b] = files as [SubtitleFileCues, SubtitleFileCues];
  for (const file of files) {
    const { both, some } = count(file.cues);
    if (both >= some / 2 && some > 0)
      throw new SubtitleError(
        file.name,
        'layout',
        'this file holds both languages; give it alone, or two files with one language each',
      );
  }
  if (mainLanguage(a) === mainLanguage(b))
    throw new SubtitleError(
      b.name,
      'layout',
      `both files are in ${mainLanguage(a) === 'zh' ? 'Chinese' : 'English'}: give one Chinese and one English file`,
    );
  return 'two-files';
}
