import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { LessonLoadError } from './get-lesson';

const bilingual = z.object({ en: z.string(), zh: z.string() });

/** The library's summary of each lesson; an entry whose file is broken has only its id. */
export const lessonSummarySchema = z.object({
  id: z.string(),
  title: z.optional(bilingual),
  series: z.optional(z.object({ title: bilingual, number: z.number(), total: z.number() })),
  duration: z.optional(z.number()),
  synopsis: z.optional(bilingual),
  published: z.optional(z.string()),
});

export type LessonSummary = z.infer<typeof lessonSummarySchema>;

export async function fetchLessons(signal?: AbortSignal): Promise<LessonSummary[]> {
  const response = await fetch('/data/lessons/index.json', { signal });
  if (!response.ok) throw new LessonLoadError(response.status);
  return z.array(lessonSummarySchema).parse(await response.json());
}

export const getLessonsQueryOptions = () =>
  queryOptions({
    queryKey: ['lessons'],
    queryFn: ({ signal }) => fetchLessons(signal),
    staleTime: Infinity,
  });

export const useLessons = () => useSuspenseQuery(getLessonsQueryOptions()).data;
