/**
 * A lesson's word file (`/words/<lesson id>.json`), written at import time by
 * `npm run build-words`: each passage's Chinese divided into words, and one entry per distinct
 * word and reading. Glosses from CC-CEDICT (licence CC BY-SA 4.0).
 *
 * - `passages[i].words` are `[start, end, entry]`: UTF-16 offsets into that passage's `zh`,
 *   in order, never overlapping, and the index of the word's entry in `entries`. Only Han
 *   words are listed; the text between them (numbers, Latin, punctuation) is not looked up.
 *   A key term is always one word, with exactly the span the term matcher gives its mark.
 * - `pinyin` is the reading in context, syllables separated by spaces, exactly as the pinyin
 *   mode shows it over those characters (tone sandhi of 一 and 不 included). A word read two
 *   ways in the lesson has two entries.
 * - `source` says where the senses come from: `cedict`, the dictionary's entries for the word
 *   (those with this reading when it has several); `term`, a key term CC-CEDICT lacks, whose
 *   sense is the lesson's English for it; `characters`, a word CC-CEDICT lacks (a name, a
 *   rare compound), with no senses of its own; `none`, a character CC-CEDICT lacks. `term` and
 *   `characters` entries list `parts`: the entries of the dictionary words (or single
 *   characters) that make them up, in order.
 */
import * as z from 'zod/mini';
import { formatIssues } from './lesson-schema';

const index = z.int().check(z.nonnegative());

export const wordEntrySchema = z.object({
  simplified: z.string().check(z.minLength(1)),
  traditional: z.string().check(z.minLength(1)),
  pinyin: z.string(),
  senses: z.array(z.string()),
  source: z.enum(['cedict', 'term', 'characters', 'none']),
  parts: z.optional(z.array(index)),
});

export const wordFileSchema = z
  .object({
    version: z.literal(1),
    lessonId: z.string().check(z.minLength(1)),
    credit: z.string(),
    entries: z.array(wordEntrySchema),
    passages: z.array(
      z.object({
        id: z.string().check(z.minLength(1)),
        words: z.array(z.tuple([index, index, index])),
      }),
    ),
  })
  .check(
    z.superRefine((file, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const count = file.entries.length;
      file.entries.forEach((entry, i) =>
        entry.parts?.forEach((part, k) => {
          if (part >= count) issue(['entries', i, 'parts', k], 'no such entry');
        }),
      );
      file.passages.forEach((passage, p) => {
        let previousEnd = 0;
        passage.words.forEach(([start, end, entry], w) => {
          const path = ['passages', p, 'words', w];
          if (start < previousEnd || end <= start) issue(path, 'words must be in order');
          if (entry >= count) issue(path, 'no such entry');
          previousEnd = end;
        });
      });
    }),
  );

export type WordFile = z.infer<typeof wordFileSchema>;
export type WordEntry = WordFile['entries'][number];

/** The word file parsed, or an error listing the paths of what is wrong. */
export function parseWordFile(data: unknown): WordFile {
  const result = wordFileSchema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`Invalid word file:\n  ${formatIssues(result.error).join('\n  ')}`);
}
