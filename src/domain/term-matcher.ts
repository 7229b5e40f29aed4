/**
 * Finds where a lesson's terms occur in its passages, in both languages, once per lesson.
 *
 * Semantics:
 * - Every form counts: `en`, `zh` and all aliases; each maps back to its term's id. A form
 *   shared by two terms belongs to the one listed first.
 * - Text and forms are folded alike (see fold-text.ts): case-insensitive; curly and straight
 *   quotes equal; full-width ASCII equals ASCII; any run of whitespace or hyphens equals one
 *   space ("win-win" = "win win", "Silk  Road" = "Silk Road").
 * - English matches only whole words: the characters just outside a match, where the match
 *   itself starts or ends with a letter or digit, must not be letters, digits or marks of any
 *   script. "digital domain" does not match inside "digital domains" (aliases carry
 *   inflections), but does match before "’s", "-based" or punctuation.
 * - Chinese has no word boundaries: a form matches anywhere, even inside a longer word.
 * - Leftmost-longest: scanning left to right, at each position the longest form that starts
 *   there wins and the scan resumes after it. A match that starts earlier beats an overlapping
 *   longer one that starts later, so matches never overlap.
 * - Offsets are UTF-16 code units into the passage text; `text` is the passage substring.
 */
import type { Passage, Term } from '@/domain/lesson-schema';
import { type AhoCorasick, createAhoCorasick } from './aho-corasick';
import { foldPattern, foldText, isWordAt, isWordBefore } from '@/utils/fold-text';

export type TermLanguage = 'en' | 'zh';
export const TERM_LANGUAGES: readonly TermLanguage[] = ['en', 'zh'];

export interface TermMatch {
  termId: string;
  start: number;
  end: number;
  text: string;
}

export type PassageTermMatches = Record<TermLanguage, readonly TermMatch[]>;

export interface TermOccurrence {
  passageIndex: number;
  language: TermLanguage;
  start: number;
  end: number;
}

export interface TermUsage {
  /** In passage order, English before Chinese within a passage, then by start. */
  occurrences: readonly TermOccurrence[];
  count: Record<TermLanguage, number>;
}

export interface TermIndex {
  /** One entry per passage, in passage order. */
  passages: readonly PassageTermMatches[];
  /** Every term of the lesson, including those that never occur (count 0). */
  terms: ReadonlyMap<string, TermUsage>;
}

export type TermForms = Pick<Term, 'id' | 'en' | 'zh' | 'aliases'>;

/** What matching reads from a lesson; a `Pick<Lesson, 'passages' | 'terms'>` satisfies it. */
export interface TermIndexSource {
  passages: readonly Pick<Passage, 'en' | 'zh'>[];
  terms: readonly TermForms[];
}

export interface TermMatcher {
  match(text: string, language: TermLanguage): TermMatch[];
}

interface LanguageMatcher {
  automaton: AhoCorasick;
  /** The term id of each pattern, by pattern index. */
  termIds: string[];
  wholeWords: boolean;
}

function buildLanguageMatcher(
  terms: readonly TermForms[],
  language: TermLanguage,
): LanguageMatcher {
  const patterns: string[] = [];
  const termIds: string[] = [];
  for (const term of terms) {
    for (const form of [term[language], ...term.aliases[language]]) {
      const pattern = foldPattern(form);
      if (!pattern) continue;
      patterns.push(pattern);
      termIds.push(term.id);
    }
  }
  return { automaton: createAhoCorasick(patterns), termIds, wholeWords: language === 'en' };
}

/** True unless a word character on the outside touches a word character of the match. */
function isWholeWord(text: string, start: number, end: number): boolean {
  const joinsBefore = isWordBefore(text, start) && isWordAt(text, start);
  const joinsAfter = isWordBefore(text, end) && isWordAt(text, end);
  return !joinsBefore && !joinsAfter;
}

function matchIn(matcher: LanguageMatcher, raw: string): TermMatch[] {
  const { text, origin } = foldText(raw);
  // For each folded start offset, the end and pattern of the longest acceptable match.
  const longestEnd = new Int32Array(text.length).fill(-1);
  const longestPattern = new Int32Array(text.length);
  matcher.automaton.scan(text, (pattern, start, end) => {
    if (matcher.wholeWords && !isWholeWord(text, start, end)) return;
    if (end > longestEnd[start]!) {
      longestEnd[start] = end;
      longestPattern[start] = pattern;
    }
  });
  const matches: TermMatch[] = [];
  for (let i = 0; i < text.length;) {
    const end = longestEnd[i]!;
    if (end < 0) {
      i++;
      continue;
    }
    const rawStart = origin[i]!;
    const rawEnd = origin[end - 1]! + 1;
    const termId = matcher.termIds[longestPattern[i]!]!;
    matches.push({ termId, start: rawStart, end: rawEnd, text: raw.slice(rawStart, rawEnd) });
    i = end;
  }
  return matches;
}

/** Builds the automata once; `match` then costs one pass over the text. */
export function createTermMatcher(terms: readonly TermForms[]): TermMatcher {
  const matchers: Record<TermLanguage, LanguageMatcher> = {
    en: buildLanguageMatcher(terms, 'en'),
    zh: buildLanguageMatcher(terms, 'zh'),
  };
  return { match: (text, language) => matchIn(matchers[language], text) };
}

function collectUsage(
  terms: readonly TermForms[],
  passages: readonly PassageTermMatches[],
): Map<string, TermUsage> {
  const usage = new Map<string, { occurrences: TermOccurrence[]; count: TermUsage['count'] }>();
  for (const term of terms) usage.set(term.id, { occurrences: [], count: { en: 0, zh: 0 } });
  passages.forEach((matches, passageIndex) => {
    for (const language of TERM_LANGUAGES) {
      for (const { termId, start, end } of matches[language]) {
        const entry = usage.get(termId)!;
        entry.occurrences.push({ passageIndex, language, start, end });
        entry.count[language]++;
      }
    }
  });
  return usage;
}

const matchPassage = (matcher: TermMatcher, passage: Pick<Passage, 'en' | 'zh'>) => ({
  en: matcher.match(passage.en, 'en'),
  zh: matcher.match(passage.zh, 'zh'),
});

/** Matches every passage of a lesson in both languages. Pure; see `getTermIndex` to cache. */
export function buildTermIndex(lesson: TermIndexSource): TermIndex {
  const matcher = createTermMatcher(lesson.terms);
  const passages = lesson.passages.map((p) => matchPassage(matcher, p));
  return { passages, terms: collectUsage(lesson.terms, passages) };
}

const cache = new WeakMap<object, TermIndex>();

/**
 * The term index of a lesson, built on first use and then shared: components may call this
 * on every render. Keyed by object identity, which React Query keeps stable for a lesson, so
 * pass the lesson itself rather than a fresh `{ passages, terms }` object.
 */
export function getTermIndex(lesson: TermIndexSource): TermIndex {
  let index = cache.get(lesson);
  if (!index) {
    index = buildTermIndex(lesson);
    cache.set(lesson, index);
  }
  return index;
}

const onePassage = new WeakMap<
  object,
  { matcher: TermMatcher; passages: (PassageTermMatches | undefined)[] }
>();

/**
 * One passage's term matches, matched on first use: a long lesson's transcript asks only for the
 * rows it shows (matching all 10,000 passages of one took a second), the glossary for the
 * whole index. Cached like `getTermIndex`, whose result it uses once that is built.
 */
export function getPassageTerms(lesson: TermIndexSource, passageIndex: number): PassageTermMatches {
  const built = cache.get(lesson);
  if (built) return built.passages[passageIndex]!;
  let lazy = onePassage.get(lesson);
  if (!lazy) {
    lazy = { matcher: createTermMatcher(lesson.terms), passages: [] };
    onePassage.set(lesson, lazy);
  }
  return (lazy.passages[passageIndex] ??= matchPassage(
    lazy.matcher,
    lesson.passages[passageIndex]!,
  ));
}
