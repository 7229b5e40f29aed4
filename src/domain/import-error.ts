/**
 * A lesson post's problems: each a code with its line, for the interface to word in its own
 * language, and the English reason the CLI prints (scripts/import-lesson.ts).
 */

/**
 * What is wrong with a post, as a code the interface words in its own language with `values`;
 * `reason` is the English the CLI prints. The sidecar's problems (`extra`) are the CLI's alone.
 */
export type ImportProblem =
  | 'binary'
  | 'empty'
  | 'no-transcript'
  | 'missing-title'
  | 'missing-field'
  | 'zh-title'
  | 'date'
  | 'lesson-number'
  | 'length'
  | 'speaker'
  | 'timestamp'
  | 'timestamp-order'
  | 'timestamp-length'
  | 'no-timestamps'
  | 'no-english'
  | 'english-is-chinese'
  | 'no-chinese'
  | 'chinese-is-other'
  | 'footnote-line'
  | 'footnote-zh'
  | 'footnote-definition'
  | 'footnote-id'
  | 'footnote-repeat'
  | 'invalid'
  | 'extra';

export type ImportValues = Record<string, string | number>;

export class ImportError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    /** The sidecar has its own line numbers, so the CLI must name the right file. */
    readonly origin: 'post' | 'extra' = 'post',
    readonly problem: ImportProblem = 'extra',
    readonly values: ImportValues = {},
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'ImportError';
  }
}

/** A line of the post or sidecar, with its 1-based number. */
export interface Line {
  n: number;
  text: string;
}

/** Stops the import at a problem of the post (not the sidecar) on `line`. */
export function fail(
  line: number,
  problem: ImportProblem,
  reason: string,
  values: ImportValues = {},
): never {
  throw new ImportError(line, reason, 'post', problem, values);
}

/** The 1-based line of `text` that holds character `index` (a negative index: the first line). */
export function lineAt(text: string, index: number): number {
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
