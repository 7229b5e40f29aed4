import fc from 'fast-check';
import type { TermForms, TermLanguage, TermMatch } from './term-matcher';
import { createTermMatcher } from './term-matcher';

/**
 * A naive reference written from the doc comments of term-matcher.ts and fold-text.ts, over
 * whole code points: fold (lowercase, quotes, full-width ASCII, invisible characters dropped,
 * runs of whitespace and hyphens as one space), then at each position the longest form that
 * fits (the first listed on a tie), English forms only as whole words.
 */
interface Unit {
  ch: string;
  origin: number;
  rawLength: number;
}

const INVISIBLE = new Set(['\u00ad', '\u200b', '\u2060', '\ufeff']);
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\uff0d']);
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

function referenceFoldChar(ch: string): string {
  if (INVISIBLE.has(ch)) return '';
  if (HYPHENS.has(ch) || /^\s$/u.test(ch)) return ' ';
  if ('‘’‚‛′ʼ'.includes(ch)) return "'";
  if ('“”„‟″'.includes(ch)) return '"';
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0).toLowerCase();
  return ch.toLowerCase();
}

function referenceFold(raw: string): Unit[] {
  const units: Unit[] = [];
  let origin = 0;
  for (const ch of raw) {
    const folded = referenceFoldChar(ch);
    if (folded !== '' && !(folded === ' ' && units.at(-1)?.ch === ' '))
      units.push({ ch: folded, origin, rawLength: ch.length });
    origin += ch.length;
  }
  return units;
}

function referencePattern(form: string): string[] {
  const chars = referenceFold(form).map((u) => u.ch);
  while (chars[0] === ' ') chars.shift();
  while (chars.at(-1) === ' ') chars.pop();
  return chars;
}

const isWord = (unit: Unit | undefined) => unit !== undefined && WORD.test(unit.ch);

function referenceMatch(terms: readonly TermForms[], raw: string, language: TermLanguage) {
  const patterns = terms.flatMap((term) =>
    [term[language], ...term.aliases[language]].map((form) => ({
      termId: term.id,
      chars: referencePattern(form),
    })),
  );
  const units = referenceFold(raw);
  const fitsAt = (chars: string[], i: number) => {
    if (chars.length === 0 || chars.some((ch, k) => units[i + k]?.ch !== ch)) return false;
    if (language === 'zh') return true;
    const end = i + chars.length;
    const joinsBefore = isWord(units[i - 1]) && isWord(units[i]);
    const joinsAfter = isWord(units[end - 1]) && isWord(units[end]);
    return !joinsBefore && !joinsAfter;
  };
  const matches: TermMatch[] = [];
  for (let i = 0; i < units.length;) {
    let best: (typeof patterns)[number] | undefined;
    for (const pattern of patterns)
      if (fitsAt(pattern.chars, i) && pattern.chars.length > (best?.chars.length ?? 0))
        best = pattern;
    if (!best) {
      i++;
      continue;
    }
    const last = units[i + best.chars.length - 1]!;
    const start = units[i]!.origin;
    const end = last.origin + last.rawLength;
    matches.push({ termId: best.termId, start, end, text: raw.slice(start, end) });
    i += best.chars.length;
  }
  return matches;
}

// Small alphabets, so forms recur in the text; each holds a folding or boundary case.
const EN_CHARS = [
  ...'abAB1 -.',
  '\u2011', // non-breaking hyphen
  '’',
  "'",
  '“',
  '"',
  'é',
  '\u0301', // combining acute: a mark, so a word character
  'Ａ', // full-width A
  '\u00ad', // soft hyphen: invisible
  '\u200b',
  '𝐀', // astral letter
  '😀',
  '\n',
  '数',
];
const ZH_CHARS = [...'数字中国，。 a-', 'Ａ', '\u200b', '\u3000', '𠀀'];

const formOf = (chars: string[]) =>
  fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));

const termsArb = fc
  .array(
    fc.record({
      en: formOf(EN_CHARS),
      zh: formOf(ZH_CHARS),
      aliases: fc.record({
        en: fc.array(formOf(EN_CHARS), { maxLength: 2 }),
        zh: fc.array(formOf(ZH_CHARS), { maxLength: 2 }),
      }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((terms) => terms.map((t, i): TermForms => ({ id: `t${i}`, ...t })));

/** A passage of forms (some re-cased or re-spaced by the alphabet) and single characters. */
function passageFor(terms: TermForms[], language: TermLanguage) {
  const forms = terms.flatMap((t) => [t[language], ...t.aliases[language]]);
  const chars = language === 'en' ? EN_CHARS : ZH_CHARS;
  return fc
    .array(fc.oneof(fc.constantFrom(...forms), fc.constantFrom(...chars)), { maxLength: 24 })
    .map((parts) => parts.join(''));
}

const scenario = fc.constantFrom<TermLanguage>('en', 'zh').chain((language) =>
  termsArb.chain((terms) =>
    fc.record({
      language: fc.constant(language),
      terms: fc.constant(terms),
      text: passageFor(terms, language),
    }),
  ),
);

const NUM_RUNS = 400;

describe('createTermMatcher properties', () => {
  it('finds exactly what a naive leftmost-longest search finds', () => {
    fc.assert(
      fc.property(scenario, ({ terms, text, language }) => {
        const matches = createTermMatcher(terms).match(text, language);
        expect(matches).toEqual(referenceMatch(terms, text, language));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('reports sorted, non-overlapping, non-empty matches of the text as written', () => {
    fc.assert(
      fc.property(scenario, ({ terms, text, language }) => {
        const matches = createTermMatcher(terms).match(text, language);
        let previousEnd = 0;
        for (const { start, end, text: matched } of matches) {
          expect(start).toBeGreaterThanOrEqual(previousEnd);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(matched).toBe(text.slice(start, end));
          previousEnd = end;
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('maps each match to a term with a form that folds to the matched text', () => {
    fc.assert(
      fc.property(scenario, ({ terms, text, language }) => {
        for (const match of createTermMatcher(terms).match(text, language)) {
          const term = terms.find((t) => t.id === match.termId);
          expect(term).toBeDefined();
          const folded = referencePattern(match.text).join('');
          const forms = [term![language], ...term!.aliases[language]];
          expect(forms.map((f) => referencePattern(f).join(''))).toContain(folded);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('keeps no state between calls: a text matches alike before and after others', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.string(), { maxLength: 3 }), (situation, others) => {
        const { terms, text, language } = situation;
        const matcher = createTermMatcher(terms);
        const first = matcher.match(text, language);
        for (const other of others) matcher.match(other, language === 'en' ? 'zh' : 'en');
        for (const other of others) matcher.match(`${text}${other}`, language);
        expect(matcher.match(text, language)).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
