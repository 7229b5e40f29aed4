/**
 * What is wrong with a subtitle file, said so that its author can fix it: the file, the
 * problem as a code (for an interface that words it in its own language) and an English
 * reason naming the cue and line where there is one.
 */
export type SubtitleProblem =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'no-cues'
  | 'bad-time'
  | 'no-timing'
  | 'out-of-order'
  | 'overlap'
  | 'no-language'
  | 'layout'
  | 'duration';

/** Where in a file: the cue's place among the file's cues (1-based) and its timing line. */
export interface CuePlace {
  cue: number;
  line: number;
}

export class SubtitleError extends Error {
  constructor(
    readonly file: string,
    readonly problem: SubtitleProblem,
    readonly reason: string,
    readonly place?: CuePlace,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SubtitleError';
  }
}

/** "cue 12 (line 45)", the start of a reason about one cue. */
export const describePlace = ({ cue, line }: CuePlace) => `cue ${cue} (line ${line})`;
