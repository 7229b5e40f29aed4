import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { LessonLoadError } from './get-lesson';

const bilingual = z.object({ en: z.string(), zh: z.string() });

/** The library's summary of each lesson; an entry whose file is broken has only its id. */
export const lessonSummarySchema = z.object({
  id: z.string(),
  title: bilingual.optional(),
  series: z.object({ title: bilingual, number: z.number(), total: z.number() }).optional(),
  duration: z.number().optional(),
  synopsis: bilingual.optional(),
  published: z.string().optional(),
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
