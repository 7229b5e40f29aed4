/**
 * What is wrong with a lesson file, field by field, as codes with values: the interface says
 * them in its own language (the importer prints zod's English messages instead). Each custom
 * check in the schema names its problem in `params.problem`.
 */
import type * as z from 'zod/mini';

/** The custom checks of the lesson schema, beyond what zod itself checks. */
export type LessonRuleProblem =
  'start-order' | 'start-in-duration' | 'end-next-start' | 'end-duration' | 'series-number';

export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'other';

/** What is wrong, with the values its sentence needs. */
export type ProblemDetail =
  | {
      kind:
        | LessonRuleProblem
        | 'not-a-lesson'
        | 'missing'
        | 'empty'
        | 'kebab-case'
        | 'date'
        | 'format'
        | 'invalid';
    }
  | { kind: 'type'; expected: ValueType }
  | { kind: 'at-least' | 'more-than' | 'at-most' | 'less-than'; limit: number }
  | { kind: 'min-items' | 'min-length'; limit: number }
  | { kind: 'one-of'; values: string }
  | { kind: 'unknown-fields'; fields: string }
  | { kind: 'duplicate-id'; id: string };

export type LessonProblem = ProblemDetail & { path: readonly PropertyKey[] };

export const LESSON_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const RULES = new Set<string>([
  'start-order',
  'start-in-duration',
  'end-next-start',
  'end-duration',
  'series-number',
] satisfies LessonRuleProblem[]);

const TYPES: Record<string, ValueType> = {
  string: 'string',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  array: 'array',
  object: 'object',
};

/** The value at a path of the raw data, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const list = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).join(', ');

function sizeProblem(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig) {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (small && issue.origin === 'array') return { kind: 'min-items', limit } as const;
  if (small && issue.origin === 'string')
    return limit <= 1 ? ({ kind: 'empty' } as const) : ({ kind: 'min-length', limit } as const);
  const inclusive = issue.inclusive !== false;
  if (small) return { kind: inclusive ? 'at-least' : 'more-than', limit } as const;
  return { kind: inclusive ? 'at-most' : 'less-than', limit } as const;
}

function describe(issue: z.core.$ZodIssue, data: unknown): ProblemDetail {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return { kind: 'not-a-lesson' };
      if (valueAt(data, issue.path) === undefined) return { kind: 'missing' };
      return { kind: 'type', expected: TYPES[issue.expected] ?? 'other' };
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue);
    case 'invalid_format':
      if (issue.format === 'date') return { kind: 'date' };
      if (issue.format === 'regex' && issue.pattern === String(LESSON_ID_PATTERN))
        return { kind: 'kebab-case' };
      return { kind: 'format' };
    case 'invalid_value':
      return { kind: 'one-of', values: list(issue.values) };
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', fields: list(issue.keys) };
    case 'custom': {
      const { problem, id } = (issue.params ?? {}) as { problem?: string; id?: string };
      if (problem === 'duplicate-id') return { kind: 'duplicate-id', id: String(id) };
      if (problem && RULES.has(problem)) return { kind: problem as LessonRuleProblem };
      return { kind: 'invalid' };
    }
    default:
      return { kind: 'invalid' };
  }
}

/** One problem per zod issue, in zod's order. */
export const describeIssues = (error: z.core.$ZodError, data: unknown): LessonProblem[] =>
  error.issues.map((issue) => ({ ...describe(issue, data), path: issue.path }));
