/**
 * A lesson post's key terms: its footnotes, and the editorial sidecar's aliases and extra terms
 * (lesson-importer.ts reads the post around them).
 */
import * as z from 'zod/mini';
import { fail, ImportError, type Line, lineAt } from './import-error';
import type { Term } from './lesson-schema';

/** An id from English text: lowercase Latin letters and digits, joined by hyphens. */
export function kebab(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Splits a footnote body at its last "see"/"See" clause into definition, separator and
 * citation, so that definition + separator + citation is the body exactly. A bare comma before
 * "see" joins the separator (it punctuates the reference, not the definition); a comma inside a
 * closing quote (`,” see`) stays, since removing it would change the quotation.
 */
export function splitCitation(body: string) {
  const last = [...body.matchAll(/,?\s[Ss]ee\s/g)].at(-1);
  if (!last) return { definition: body, separator: '', citation: null };
  const end = last.index + last[0].length;
  return { definition: body.slice(0, last.index), separator: last[0], citation: body.slice(end) };
}

/** "- term (中文). body ↩︎": the English term has no full stop, so a later "(…)." in the body
 * cannot be taken for the heading; the ↩︎ back-link is page chrome and is dropped. */
const FOOTNOTE =
  /^- ([^.]+?) \(([^()]*\p{Script=Han}[^()]*)\)\.?\s*(.*?)(?:\s*↩[\uFE0E\uFE0F]?)?$/u;

function parseFootnote(line: Line, footnote: number): Term {
  if (!line.text.startsWith('- '))
    fail(line.n, 'footnote-line', 'expected a footnote line starting with "- "');
  const m = FOOTNOTE.exec(line.text);
  const n = { footnote };
  if (!m)
    fail(
      line.n,
      'footnote-zh',
      `footnote ${footnote} has no "(中文)" term after its English term`,
      n,
    );
  if (!m[3]) fail(line.n, 'footnote-definition', `footnote ${footnote} has no definition`, n);
  const { definition, citation } = splitCitation(m[3]);
  const id = kebab(m[1]!);
  if (!id)
    fail(
      line.n,
      'footnote-id',
      `footnote ${footnote}'s English term needs a Latin letter or digit`,
      n,
    );
  return {
    id,
    en: m[1]!,
    zh: m[2]!,
    aliases: { en: [], zh: [] },
    footnote,
    definition,
    citations: citation ? [citation] : [],
  };
}

export function parseFootnotes(section: Line[]): Term[] {
  const lines = section.filter((l) => l.text !== '');
  const terms = lines.map((line, i) => parseFootnote(line, i + 1));
  terms.forEach((term, i) => {
    const first = terms.findIndex((t) => t.id === term.id);
    if (first !== i)
      fail(
        lines[i]!.n,
        'footnote-repeat',
        `footnote ${i + 1} repeats the term "${term.en}" of footnote ${first + 1}`,
        { footnote: i + 1, term: term.en, first: first + 1 },
      );
  });
  return terms;
}

const names = z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []);
const aliasSchema = z.strictObject({ en: names, zh: names, note: z.optional(z.string()) });
const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** The editorial sidecar; `note` fields are for the editor and are not copied to the lesson. */
export const extraSchema = z.strictObject({
  aliases: z._default(z.record(z.string(), aliasSchema), {}),
  terms: z._default(
    z.array(
      z.strictObject({
        en: nonEmpty,
        zh: nonEmpty,
        aliases: z._default(aliasSchema, { en: [], zh: [] }),
        note: z.optional(z.string()),
      }),
    ),
    [],
  ),
});
export type Extra = z.infer<typeof extraSchema>;

/** Sidecar errors carry their own line: the line of the offending key, when it can be found. */
export function parseExtra(text: string): Extra {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    throw new ImportError(lineAt(text, Number(pos ?? -1)), `invalid JSON: ${String(e)}`, 'extra');
  }
  const result = extraSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.findLast((p) => typeof p === 'string');
  const line = lineAt(text, key ? text.indexOf(`"${key}"`) : -1);
  throw new ImportError(line, `${issue.path.join('.') || '(root)'}: ${issue.message}`, 'extra');
}

export function mergeTerms(footnoted: Term[], extra: Extra, extraText: string): Term[] {
  const known = new Set(footnoted.map((t) => t.id));
  const where = (id: string) => lineAt(extraText, extraText.indexOf(`"${id}"`));
  for (const id of Object.keys(extra.aliases))
    if (!known.has(id)) throw new ImportError(where(id), `no footnoted term "${id}"`, 'extra');
  const aliased = footnoted.map((t) => {
    const alias = extra.aliases[t.id];
    return alias ? { ...t, aliases: { en: alias.en, zh: alias.zh } } : t;
  });
  const added = extra.terms.map((t): Term => {
    const id = kebab(t.en);
    if (known.has(id)) throw new ImportError(where(t.en), `duplicate term "${id}"`, 'extra');
    known.add(id);
    const aliases = { en: t.aliases.en, zh: t.aliases.zh };
    return { id, en: t.en, zh: t.zh, aliases, footnote: null, definition: null, citations: [] };
  });
  return [...aliased, ...added];
}
