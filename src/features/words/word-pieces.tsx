import { Fragment, type ReactNode } from 'react';
import type { WordFile } from '@/domain/word-entries';

/** A passage's words as the word file lists them: `[start, end, entry]`, in order. */
export type PassageWords = WordFile['passages'][number]['words'];

/** Index of the first word that ends after `offset` (binary search; words are in order). */
function firstWordAfter(words: PassageWords, offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]![1] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The id of a passage's word, for `aria-activedescendant` while it is read word by word. */
export const wordElementId = (base: string, word: number) => `${base}-w${word}`;

interface WordPiecesOptions {
  /** The word being read word by word (outlined, and named by its id), or -1. */
  current: number;
  /** The id prefix of this passage's words. */
  idBase: string;
}

/**
 * The text of [from, to) with each whole word inside it wrapped in a `.word` span that names
 * its index (`data-word`); `render` draws the text of each piece (search marks, ruby). The
 * spans carry no handlers: one handler on the passage's text finds the word a click landed on.
 */
export function wordPieces(
  words: PassageWords | null,
  from: number,
  to: number,
  render: (from: number, to: number) => ReactNode,
  { current, idBase }: WordPiecesOptions,
): ReactNode {
  if (!words) return render(from, to);
  const nodes: ReactNode[] = [];
  let at = from;
  for (let k = firstWordAfter(words, from); k < words.length; k++) {
    const [start, end] = words[k]!;
    if (start >= to) break;
    // A word cut by the range (never expected: words end at sentences and terms) stays plain.
    if (start < from || end > to) continue;
    if (start > at) nodes.push(<Fragment key={`t${at}`}>{render(at, start)}</Fragment>);
    nodes.push(
      <span
        key={start}
        className="word"
        data-word={k}
        id={k === current ? wordElementId(idBase, k) : undefined}
        data-current={k === current || undefined}
      >
        {render(start, end)}
      </span>,
    );
    at = end;
  }
  if (at < to) nodes.push(<Fragment key={`t${at}`}>{render(at, to)}</Fragment>);
  return nodes;
}
