/**
 * The reader's saved words, one document for every lesson (`tandem:v1:saved-words`), through
 * the storage module: unreadable data is moved aside and a refused write (storage full,
 * site data blocked) is reported as a page notice; the words stay in memory for this visit.
 */
import * as z from 'zod/mini';
import { defineSetting } from '@/lib/storage/define-setting';

export const savedWordSchema = z.object({
  /** One saved word per word and reading, whichever lesson it was saved in. */
  id: z.string().check(z.minLength(1)),
  simplified: z.string().check(z.minLength(1)),
  traditional: z.string(),
  pinyin: z.string(),
  meaning: z.string(),
  lessonId: z.string().check(z.minLength(1)),
  /** The sentence it was saved from, in both languages, and when it is spoken (seconds). */
  sentenceZh: z.string(),
  sentenceEn: z.string(),
  time: z.number().check(z.nonnegative()),
  savedAt: z.number(),
});

const savedWordsDocumentSchema = z.object({ words: z.array(savedWordSchema) });

export type SavedWord = z.infer<typeof savedWordSchema>;
type SavedWordsDocument = z.infer<typeof savedWordsDocumentSchema>;

export const savedWordsSetting = defineSetting<SavedWordsDocument>({
  name: 'saved-words',
  version: 1,
  schema: savedWordsDocumentSchema,
  fallback: { words: [] },
});

export const savedWordId = (simplified: string, pinyin: string) => `${simplified} ${pinyin}`;
